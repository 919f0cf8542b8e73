"""`files`: documents already on disk (HTML, PDF, text), for backfills.

options: `path` (folder), `pattern` (glob, default every file below the folder).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from etl.connectors import Connector, DiscoverError, register
from etl.fetch import HttpFetcher, Lead, Raw, read_local_file


@register("files")
class FilesConnector(Connector):
    def folder(self) -> Path:
        path = self.source.options.get("path")
        if not path:
            raise DiscoverError(f"source {self.source.id!r}: options.path is required for type 'files'")
        return Path(path).expanduser()

    def discover(self, fetcher: HttpFetcher) -> Iterator[Lead]:
        folder = self.folder()
        if not folder.is_dir():
            raise DiscoverError(f"{folder}: not a folder")
        for path in sorted(folder.glob(self.source.options.get("pattern", "**/*"))):
            if path.is_file():
                yield Lead(url=path.resolve().as_uri(), source=self.source.id, hints={"path": str(path)})

    def retrieve(self, lead: Lead, fetcher: HttpFetcher) -> Raw:
        return read_local_file(Path(lead.hints["path"]))
