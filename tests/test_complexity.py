"""No function in the package is above cyclomatic complexity 20 (radon), so rule code stays readable."""

from pathlib import Path

import pytest

import dragoman

complexity = pytest.importorskip("radon.complexity")

LIMIT = 20


def test_no_function_above_complexity_limit() -> None:
    package = Path(dragoman.__file__).parent
    too_complex = []
    for path in sorted(package.rglob("*.py")):
        for block in complexity.cc_visit(path.read_text(encoding="utf-8")):
            if block.complexity > LIMIT:
                too_complex.append(f"{path.relative_to(package.parent)}:{block.lineno} {block.fullname} "
                                   f"({block.complexity})")
    assert not too_complex, f"functions above complexity {LIMIT}: " + ", ".join(too_complex)
