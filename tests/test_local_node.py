"""Integration test: really starts (or reuses) the local Elasticsearch node.

The node is left running on purpose: other tests of the session reuse it.
"""

from __future__ import annotations

import base64
import json
import stat
import urllib.error
import urllib.request

import pytest

from etl.elastic import local_node


def _get(url: str, username: str | None = None, password: str | None = None) -> tuple[int, dict | None]:
    req = urllib.request.Request(url, headers={"Accept": "application/json"})
    if username is not None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as e:
        return e.code, None


@pytest.fixture(scope="module")
def node(node_cache) -> local_node.LocalNode:
    return local_node.start(node_cache)


def test_answers_with_credentials(node: local_node.LocalNode) -> None:
    assert node.url.startswith("http://127.0.0.1:")
    assert node.username == "casefile"
    status, body = _get(node.url + "/", node.username, node.password)
    assert status == 200
    assert body is not None
    assert body["version"]["number"] == local_node.DEFAULT_VERSION == node.version
    assert body["cluster_name"] == "casefile-local"


def test_security_is_on(node: local_node.LocalNode) -> None:
    assert _get(node.url + "/")[0] == 401
    assert _get(node.url + "/", node.username, node.password + "x")[0] == 401


def test_password_file_is_private(node: local_node.LocalNode, node_cache) -> None:
    path = local_node.node_root(node_cache) / "password"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().strip() == node.password


def test_paths(node: local_node.LocalNode, node_cache) -> None:
    root = local_node.node_root(node_cache)
    assert node.home.is_dir() and (node.home / "bin" / "elasticsearch").is_file()
    assert node.data_dir.is_relative_to(root)
    assert node.log_path.is_file() and node.log_path.is_relative_to(root)


def test_start_is_idempotent(node: local_node.LocalNode, node_cache) -> None:
    again = local_node.start(node_cache)
    assert again.pid == node.pid
    assert again.url == node.url
    assert local_node.running(node_cache) == node
