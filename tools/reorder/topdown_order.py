"""Reorder a Python module top-down by whole definitions (none changed), in sections with banners.

  python tools/reorder/topdown_order.py tools/reorder/spec_roles.py [--dry]    (from the repository root)
  ruff format src/realpolitik/events/roles.py

SPEC.py (a Python file) defines:
  FILE      the module to reorder (path from the worktree root)
  DOC       the new module docstring (text without the quotes), or None to keep the old one
  SECTIONS  [(banner, [root, ...]), ...]  top-level order: each section holds its roots and, depth first in
            the order their bodies first name them, the module's definitions they reach that no earlier
            section holds and that are no root of a later section
  CLASSES   {class name: [(banner or None, [root method, ...]), ...]}  the same for the methods of a class
            (reached through `self.name` / `ClassName.name`)
  TAIL      optional: [(banner, [name, ...])] sections placed last, in this order, before nothing else
Definitions reached from no root keep their relative order in a last section ("REST" banner from the spec,
default none) and are listed on stderr, so a function added by someone else is never lost.

A definition's block is its leading comment lines, decorators and body; a top-level constant (or other
statement) between definitions travels with the definition that follows it. Banners written by an earlier
run (`# --- ... ---` lines) are dropped first, so the script can be re-run on a file it already ordered.
The check after writing: every function, method and class body (AST, docstrings included) is the same as
before, and so is every other top-level statement; only their order, the banners and the module docstring
change. Run `ruff format` afterwards.
"""

from __future__ import annotations

import ast
import collections
import runpy
import sys
from collections.abc import Callable
from pathlib import Path

BANNER_PREFIX = "# --- "


def banner_line(text: str, indent: str = "") -> str:
    width = 110
    head = f"{indent}{BANNER_PREFIX}{text} "
    return head + "-" * max(3, width - len(head)) + "\n"


def strip_banners(lines: list[str]) -> list[str]:
    out: list[str] = []
    skip_blank = False
    for ln in lines:
        if ln.lstrip().startswith(BANNER_PREFIX) and ln.rstrip().endswith("---"):
            skip_blank = True
            continue
        if skip_blank and not ln.strip():
            skip_blank = False
            continue
        skip_blank = False
        out.append(ln)
    return out


def lead_start(lines: list[str], node: ast.stmt) -> int:
    """0-based first line of a statement's block: its decorators and the comment lines right above it."""
    s = node.lineno
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    if decorators:
        s = min([s] + [d.lineno for d in decorators])
    s -= 1
    while s > 0 and lines[s - 1].lstrip().startswith("#"):
        s -= 1
    return s


def name_of(n: ast.stmt) -> str | None:
    if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return n.name
    return None


def split_blocks(
    lines: list[str], nodes: list[ast.stmt], end: int
) -> tuple[int, list[tuple[str | None, list[str], list[ast.stmt]]]]:
    """Blocks from the first definition on: (name, lines, statements); statements that are no definition
    glue to the next definition. Returns (start of the first block, blocks)."""
    first = next(i for i, n in enumerate(nodes) if name_of(n))
    start0 = lead_start(lines, nodes[first])
    raw: list[tuple[str | None, list[str], ast.stmt]] = []
    for i in range(first, len(nodes)):
        s = lead_start(lines, nodes[i])
        e = lead_start(lines, nodes[i + 1]) if i + 1 < len(nodes) else end
        body = lines[s:e]
        while body and not body[-1].strip():
            body.pop()
        raw.append((name_of(nodes[i]), body, nodes[i]))
    out: list[tuple[str | None, list[str], list[ast.stmt]]] = []
    pending: list[str] = []
    pending_nodes: list[ast.stmt] = []
    for name, body, node in raw:
        if name is None:
            pending += [*body, "\n"]
            pending_nodes.append(node)
            continue
        out.append((name, pending + body, [*pending_nodes, node]))
        pending, pending_nodes = [], []
    if pending:
        out.append((None, pending, pending_nodes))
    return start0, out


def referenced(nodes: list[ast.stmt], names: set[str], selfnames: set[str] | None = None) -> list[str]:
    """Names of `names` these statements refer to, in the order of first appearance. With `selfnames`,
    attributes `self.x` / `cls.x` / `Class.x` count (for methods)."""
    hits: list[tuple[int, int, str]] = []
    for node in nodes:
        for n in ast.walk(node):
            if selfnames is None and isinstance(n, ast.Name) and n.id in names:
                hits.append((n.lineno, n.col_offset, n.id))
            elif (
                selfnames is not None
                and isinstance(n, ast.Attribute)
                and isinstance(n.value, ast.Name)
                and n.value.id in selfnames
                and n.attr in names
            ):
                hits.append((n.lineno, n.col_offset, n.attr))
    seen: list[str] = []
    for _, _, ident in sorted(hits):
        if ident not in seen:
            seen.append(ident)
    return seen


def method_callees(
    mby: dict[str, tuple[list[str], list[ast.stmt]]], selfnames: set[str]
) -> Callable[[str], list[str]]:
    """The methods a method calls (`self.x`, `cls.x`, `Class.x`), in the order its body first names them."""

    def callees(m: str) -> list[str]:
        return referenced(mby[m][1], set(mby) - {m}, selfnames)

    return callees


def default_banner(cname: str, method: str) -> str:
    return f"helpers of {cname}.{method}"


def order(
    sections: list[tuple[str | None, list[str]]],
    defs: dict[str, list[ast.stmt]],
    file_order: list[str],
    callees: Callable[[str], list[str]],
    tail: list[tuple[str | None, list[str]]],
    rest_banner: str | None,
    what: str,
    class_groups: dict[str, list[tuple[str, list[str]]]] | None = None,
    helper_banner: Callable[[str, str], str] = default_banner,
    one_section: dict[str, str] | None = None,
) -> list[tuple[str | None, list[str]]]:
    class_groups = class_groups or {}
    one_section = one_section or {}
    reserved = {r for _, roots in sections + tail for r in roots}
    missing = sorted(r for r in reserved if r not in defs)
    if missing:
        sys.exit(f"{what}: roots not found: {missing}")
    placed: list[str] = []
    out: list[tuple[str | None, list[str]]] = []

    def visit(name: str, root: bool) -> list[str]:
        if name in placed or (name in reserved and not root):
            return []
        placed.append(name)
        got = [name]
        for c in callees(name):
            got += visit(c, False)
        return got

    for banner, roots in sections:
        got: list[str] = []
        for r in roots:
            if r in class_groups and r not in placed:
                # a class, then the module's helpers grouped by the method that first reaches them
                placed.append(r)
                out.append((banner, [*got, r]))
                got = []
                merged: list[str] = []
                for method, names in class_groups[r]:
                    mgot: list[str] = []
                    for c in names:
                        mgot += visit(c, False)
                    if mgot and r in one_section:
                        merged += mgot
                    elif mgot:
                        out.append((helper_banner(r, method), mgot))
                if merged:
                    out.append((one_section[r], merged))
                continue
            got += visit(r, True)
        if got:
            out.append((banner, got))
        elif not any(r in class_groups for r in roots):
            print(f"{what}: section {banner!r} is empty (its roots were placed before)", file=sys.stderr)
    tail_names = {r for _, roots in tail for r in roots}
    rest = [n for n in file_order if n not in placed and n not in tail_names]
    if rest:
        print(f"{what}: reached from no root, kept in file order at the end: {rest}", file=sys.stderr)
        out.append((rest_banner, rest))
        placed += rest
    for banner, roots in tail:
        out.append((banner, list(roots)))
    return out


def fingerprint(tree: ast.Module) -> collections.Counter[str]:
    """Every definition (with its nested ones) and every other statement, as AST dumps; the module docstring
    and the order left out."""
    c: collections.Counter[str] = collections.Counter()
    body = tree.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    for n in body:
        if isinstance(n, ast.ClassDef):
            for m in n.body:
                c[ast.dump(m)] += 1
            c["class " + n.name + repr([ast.dump(d) for d in n.decorator_list + n.bases + n.keywords])] += 1
        else:
            c[ast.dump(n)] += 1
    return c


def main() -> None:
    spec = runpy.run_path(sys.argv[1])
    dry = "--dry" in sys.argv
    path = Path(spec["FILE"])
    text = path.read_text()
    before = fingerprint(ast.parse(text))
    lines = strip_banners(text.splitlines(keepends=True))
    text = "".join(lines)
    tree = ast.parse(text)
    nodes = tree.body
    start0, blocks = split_blocks(lines, nodes, len(lines))
    header = lines[:start0]
    by_name = {name: (body, stmts) for name, body, stmts in blocks if name}
    trailing = [body for name, body, _ in blocks if name is None]

    # classes: methods reordered first
    class_sections: dict[str, list[tuple[str | None, list[str]]]] = {}
    for cname, csections in spec.get("CLASSES", {}).items():
        cnode = next(n for n in nodes if isinstance(n, ast.ClassDef) and n.name == cname)
        mnodes = cnode.body
        cstart, mblocks = split_blocks(lines, mnodes, cnode.end_lineno or len(lines))
        cls_start = lead_start(lines, cnode)
        cheader = lines[cls_start:cstart]
        while cheader and not cheader[-1].strip():
            cheader.pop()
        mby = {n: (b, s) for n, b, s in mblocks if n}
        mtrail = [b for n, b, _ in mblocks if n is None]
        if mtrail:
            sys.exit(f"{cname}: statements after the last method: {mtrail}")
        msecs = order(
            list(csections),
            {k: v[1] for k, v in mby.items()},
            [n for n, _, _ in mblocks if n],
            method_callees(mby, {"self", "cls", cname}),
            [],
            spec.get("CLASS_REST"),
            cname,
        )
        class_sections[cname] = msecs
        class_out = list(cheader)
        for banner, names in msecs:
            if banner:
                class_out += ["\n", banner_line(banner, "    ")]
            for m in names:
                class_out += ["\n", *mby[m][0]]
        block, stmts = by_name[cname]
        class_lines = lines[cls_start : cnode.end_lineno or len(lines)]
        while class_lines and not class_lines[-1].strip():
            class_lines.pop()
        assert block[len(block) - len(class_lines) :] == class_lines, cname
        by_name[cname] = (block[: len(block) - len(class_lines)] + class_out, stmts)

    top_names = set(by_name)

    def top_callees(name: str) -> list[str]:
        stmts = by_name[name][1]
        if name in class_sections:
            # a class reaches what its methods name, in the methods' new order
            return [i for _, names in class_groups[name] for i in names]
        return referenced(stmts, top_names - {name})

    class_groups: dict[str, list[tuple[str, list[str]]]] = {}
    for cname in class_sections:
        cdef = by_name[cname][1][-1]
        assert isinstance(cdef, ast.ClassDef)
        members = {name_of(m): m for m in cdef.body if name_of(m)}
        seen: set[str] = set()
        groups: list[tuple[str, list[str]]] = []
        for _, ms in class_sections[cname]:
            for m in ms:
                names = [i for i in referenced([members[m]], top_names - {cname}) if i not in seen]
                seen.update(names)
                groups.append((m, names))
        class_groups[cname] = groups
    banners = spec.get("HELPER_BANNERS", {})

    def helper_banner(cname: str, method: str) -> str:
        return str(banners.get(f"{cname}.{method}", default_banner(cname, method)))

    secs = order(
        list(spec["SECTIONS"]),
        {k: v[1] for k, v in by_name.items()},
        [n for n, _, _ in blocks if n],
        top_callees,
        list(spec.get("TAIL", [])),
        spec.get("REST"),
        str(path),
        class_groups,
        helper_banner,
        spec.get("HELPERS_ONE_SECTION", {}),
    )
    if dry:
        for banner, names in secs:
            print(f"== {banner}: {' '.join(names)}")
        for cname, msecs in class_sections.items():
            for banner, names in msecs:
                print(f"== {cname} / {banner}: {' '.join(names)}")
        return

    if spec.get("DOC") is not None:
        doc = tree.body[0]
        assert isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant)
        header = ['"""' + spec["DOC"].strip("\n") + '\n"""\n', *header[doc.end_lineno :]]
    h = list(header)
    while h and not h[-1].strip():
        h.pop()
    out = "".join(h) + "\n\n"
    parts: list[str] = []
    for banner, names in secs:
        chunk = ""
        if banner:
            chunk += banner_line(banner) + "\n\n"
        chunk += "\n\n".join("".join(by_name[n][0]).rstrip("\n") + "\n" for n in names)
        parts.append(chunk)
    for t in trailing:
        parts.append("".join(t).rstrip("\n") + "\n")
    out += "\n\n" + "\n\n".join(parts)
    after = fingerprint(ast.parse(out))
    if after != before:
        extra, lost = after - before, before - after
        sys.exit(f"AST check failed: {len(extra)} new, {len(lost)} lost statements")
    path.write_text(out)
    print(f"{path}: reordered; every definition and statement the same (AST)", file=sys.stderr)


if __name__ == "__main__":
    main()
