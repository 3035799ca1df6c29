"""Events: a date mention read as the day something happens (a deal's completion, a vote, a listing).

`find.find_events` reads them from the dependency parse inside the spaCy pass, with its words in
`rules/events.json`; `pipeline.article.build_result` turns the frames into contract `Event`s.
"""

from newsclaims.pipeline.events.find import EventFrame, find_events

__all__ = ["EventFrame", "find_events"]
