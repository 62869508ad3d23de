// Starts Swagger UI from the locally served bundle (no inline script, so the page CSP holds).
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
