"""`files`: documents already on disk (HTML, PDF, text), for backfills.

options: `path` (folder; relative to the sources file), `pattern` (glob, default every
file below the folder), `base_url` (the address the folder was downloaded from: a file's
URL is then `base_url` + its path below the folder, so it keeps its web identity instead
of a file:// address). The content type is guessed from the file name. `since` is not used:
a backfill takes what is there.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from urllib.parse import quote

from pydantic import field_validator

from etl.connectors import Connector, DiscoverError, LocalPath, Options, register
from etl.fetch import HttpFetcher, Lead, Raw, read_local_file


class FilesOptions(Options):
    path: LocalPath
    pattern: str = "**/*"
    base_url: str | None = None

    @field_validator("base_url")
    @classmethod
    def _base_is_http(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL")
        return value if value is None or value.endswith("/") else value + "/"


@register("files")
class FilesConnector(Connector):
    Options = FilesOptions

    def discover(self, fetcher: HttpFetcher, since: datetime | date | None = None) -> Iterator[Lead]:
        folder = self.options.path
        if not folder.is_dir():
            raise DiscoverError(f"{folder}: not a folder")
        for path in sorted(folder.glob(self.options.pattern)):
            if path.is_file():
                yield Lead(url=self._url(path), source=self.source.id, hints={"path": str(path)})

    def _url(self, path: Path) -> str:
        if self.options.base_url:
            return self.options.base_url + quote(path.relative_to(self.options.path).as_posix())
        return path.resolve().as_uri()

    def retrieve(self, lead: Lead, fetcher: HttpFetcher) -> Raw:
        return read_local_file(Path(lead.hints["path"]), url=lead.url)
