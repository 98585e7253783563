"""Dates in figures without a year: "31.10." where ordinals take a dot, "Sáng 13/10" in Vietnamese."""

from __future__ import annotations

import pytest

from dragoman.dates.expressions import find_time_expressions


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Am 31.10. traf er Scholz.", [("31.10.", "2024-10-31")]),
        ("de", "vom 3.4. bis 5.4. in Berlin", [("3.4.", "2024-04-03"), ("5.4.", "2024-04-05")]),
        ("cs", "dne 5. 3. podepsali smlouvu", [("5. 3.", "2024-03-05")]),
        ("fi", "31.10. Helsingissä", [("31.10.", "2024-10-31")]),
        ("pl", "Spotkanie 4.11. w Warszawie", [("4.11.", "2024-11-04")]),
        ("de", "am 13.12.2019 unterzeichnet", [("13.12.2019", "2019-12-13")]),
        ("de", "Version 3.11.2 erschien", []),
        ("de", "um 10.15. Uhr", []),  # no 15th month
        ("en", "growth of 2.5. Then", []),  # English writes no ordinal dot
        # Vietnamese: a part of the day, or a weekday, before the day and month
        ("vi", "Sáng 13/10, Thủ tướng đã hội đàm", [("Sáng 13/10", "2024-10-13")]),
        ("vi", "Chiều 5-3, hai bên ký", [("Chiều 5-3", "2024-03-05")]),
        ("vi", "thứ hai ngày 14/10, hai bên", [("thứ hai ngày 14/10", "2024-10-14")]),
        ("vi", "Thứ Hai, 14/10, hai bên", [("Thứ Hai, 14/10", "2024-10-14")]),
        ("vi", "tỷ lệ 13/10 phiếu", []),
    ],
)
def test_figures(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in find_time_expressions(text, lang, "2024-11-05")] == expected
