"""The packaged knowledge base loads whole: no data entry is skipped for naming an unknown code."""

from __future__ import annotations

from dragoman.actors.kb import default_knowledge_base
from dragoman.actors.model import IGO, PERSON, REGION, STATE


def test_every_language_form_names_a_known_entity_of_its_section() -> None:
    assert default_knowledge_base().problems == []


def test_every_office_is_held_for_a_known_state_or_organisation() -> None:
    kb = default_knowledge_base()
    codes = {e.code for e in kb.entities.values() if e.type in (STATE, IGO, REGION)}
    unknown = {(p.name, o.code) for p in kb.entities.values() if p.type == PERSON
               for o in p.offices if o.code not in codes}
    assert not unknown
