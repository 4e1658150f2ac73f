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


def test_no_import_circle(graph):
    assert [sorted(circle) for circle in cycles(graph)] == []


def arrows_from_the_base_to_siblings(graph):
    return {
        (module, target)
        for module, target in imports_of(graph, "firm_site.base")
        if not within(target, "firm_site.base")
    }


def test_the_base_imports_no_sibling_app(graph):
    assert arrows_from_the_base_to_siblings(graph) == set()


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


# Modules that import nothing of ours: the choices, and the name normaliser the
# models use to store a searchable form of each name.
LEAVES_THE_DATA_MODELS_MAY_USE = {"consultations.choices", "consultations.names"}


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
        and target not in LEAVES_THE_DATA_MODELS_MAY_USE
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


@pytest.mark.parametrize("package", ["firm_site.articles", "cities"])
def test_the_home_pages_sit_above_articles_and_cities(graph, package):
    arrows = {
        arrow
        for arrow in imports_of(graph, package)
        if within(arrow[1], "firm_site.home")
    }

    assert arrows == set()


def test_the_page_cache_imports_no_app_of_ours(graph):
    arrows = {
        (module, target)
        for module, target in imports_of(graph, "firm_site.cache")
        if not within(target, "firm_site.cache")
    }

    assert arrows == set()


@pytest.mark.parametrize("leaf", sorted(LEAVES_THE_DATA_MODELS_MAY_USE))
def test_what_the_data_models_use_imports_nothing_of_ours(graph, leaf):
    assert graph[leaf] == set()


LONGEST_MODULE = 400  # lines (issue 12): migrations aside, and data is not in Python


def test_no_module_is_over_400_lines():
    """A module longer than this holds more than one thing; split it by what each
    part is for (docs/architecture.md)."""
    modules = [*our_modules().values(), *(ROOT / "tests").rglob("*.py")]
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in modules
        if (lines := len(path.read_text().splitlines())) > LONGEST_MODULE
    }

    assert too_long == {}
