"""Which way the arrows point (docs/architecture.md, "Which way the arrows point").

The import graph is read from the source with `ast`, every import counted, those
inside functions too: an import moved into a function still makes a circle. An
import of `consultations.models.requests` is an arrow to that module, not to the
package's `__init__`, which only gathers the models for Django to find.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("firm_site", "cities", "consultations")

# Circles outside consultations/ that other work is removing. Each entry must
# still be a circle: once one is gone, delete it here so it cannot come back.
KNOWN_CYCLES = []
# Arrows from firm_site.base to a sibling app that the page-cache work removes.
# Each must still exist: once one is gone, delete it here so it cannot come back.
KNOWN_BASE_ARROWS = {
    ("firm_site.base.models", "firm_site.cache.site_data"),
    ("firm_site.base.navigation", "firm_site.cache.site_data"),
}


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def our_modules():
    return {
        module_name(path): path
        for package in PACKAGES + ("bench",)
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


def imported_modules(module, path, modules):
    """Our modules this file imports: `from pkg import module` names the module,
    `from pkg import Class` the package (its __init__)."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".")
                anchor = anchor[: len(anchor) - node.level + is_package]
                base = ".".join(anchor + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                yield submodule if submodule in modules else base


def import_graph():
    modules = our_modules()
    return {
        module: {
            target
            for target in imported_modules(module, path, modules)
            if target in modules and target != module
        }
        for module, path in modules.items()
    }


def cycles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, lowlink, on_stack, stack, found = {}, {}, set(), [], []

    def visit(node):
        index[node] = lowlink[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                lowlink[node] = min(lowlink[node], lowlink[target])
            elif target in on_stack:
                lowlink[node] = min(lowlink[node], index[target])
        if lowlink[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


@pytest.fixture(scope="module")
def graph():
    return import_graph()


def imports_of(graph, prefix):
    return {
        (module, target)
        for module, targets in graph.items()
        if module == prefix or module.startswith(prefix + ".")
        for target in targets
    }


def within(module, prefix):
    return module == prefix or module.startswith(prefix + ".")


def test_no_import_circle_runs_through_consultations(graph):
    circles = [c for c in cycles(graph) if any(within(m, "consultations") for m in c)]

    assert circles == []


def test_no_unknown_import_circle(graph):
    circles = set(cycles(graph))

    assert circles - {frozenset(c) for c in KNOWN_CYCLES} == set()


def test_every_known_circle_is_still_there(graph):
    circles = set(cycles(graph))
    gone = [sorted(c) for c in KNOWN_CYCLES if frozenset(c) not in circles]

    assert gone == [], "No longer circles: remove them from KNOWN_CYCLES"


def arrows_from_the_base_to_siblings(graph):
    return {
        (module, target)
        for module, target in imports_of(graph, "firm_site.base")
        if not within(target, "firm_site.base")
    }


def test_the_base_imports_no_sibling_app(graph):
    siblings = arrows_from_the_base_to_siblings(graph)

    assert siblings - KNOWN_BASE_ARROWS == set()


def test_every_known_arrow_from_the_base_is_still_there(graph):
    gone = KNOWN_BASE_ARROWS - arrows_from_the_base_to_siblings(graph)

    assert gone == set(), "No longer imported: remove them from KNOWN_BASE_ARROWS"


def test_cities_know_nothing_of_consultations(graph):
    arrows = {
        arrow
        for arrow in imports_of(graph, "cities")
        if within(arrow[1], "consultations")
    }

    assert arrows == set()


def test_consultations_ask_cities_only_for_their_pages(graph):
    arrows = {
        arrow
        for arrow in imports_of(graph, "consultations")
        if within(arrow[1], "cities")
    }

    assert {target for _, target in arrows} <= {"cities.models"}


def test_only_the_page_imports_the_form_and_the_intake(graph):
    importers = {
        module
        for module, targets in graph.items()
        if {"consultations.forms", "consultations.intake"} & targets
    }

    assert importers == {"consultations.models.page"}


def test_the_data_models_import_no_page_form_or_view(graph):
    data_models = [
        module
        for module in graph
        if within(module, "consultations.models")
        and module not in {"consultations.models", "consultations.models.page"}
    ]
    arrows = {
        (module, target)
        for module in data_models
        for target in graph[module]
        if within(target, "consultations")
        and not within(target, "consultations.models")
        and target != "consultations.choices"
    }

    assert data_models
    assert arrows == set()


def test_nothing_imports_the_bench(graph):
    arrows = {
        (module, target)
        for module, targets in graph.items()
        if not within(module, "bench")
        for target in targets
        if within(target, "bench")
    }

    assert arrows == set()
