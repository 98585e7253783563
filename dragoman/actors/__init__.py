"""Actors: knowledge base of states, organisations, regions and people; recognition and linking."""

from dragoman.actors.kb import KnowledgeBase, default_knowledge_base
from dragoman.actors.keys import name_key
from dragoman.actors.mentions import Mention
from dragoman.actors.recognise import add_mentions, recognise_mentions

__all__ = ["KnowledgeBase", "Mention", "add_mentions", "default_knowledge_base", "name_key",
           "recognise_mentions"]
