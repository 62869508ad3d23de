// Starts Swagger UI from the locally served bundle (no inline script, so the page CSP holds).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi-3.0.json", dom_id: "#swagger-ui", deepLinking: true });
});
