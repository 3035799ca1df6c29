"""Changes told in words: 'net income more than doubled', 'earnings climbed by nearly half'.

`find.find_changes` reads them from the parse inside the spaCy pass, with its words in `rules/changes.json`;
`pipeline.article.build_result` turns the frames into contract `StatedChange`s.
"""

from newsclaims.pipeline.changes.find import ChangeFrame, find_changes

__all__ = ["ChangeFrame", "find_changes"]
