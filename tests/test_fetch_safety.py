"""The fetcher is safe to point at URLs third parties wrote: address checks after resolution
and on every redirect, pinned connections, only http(s), size and decompression caps,
content types, no credentials across hosts. Traffic goes to 127.0.0.x only: other
addresses are checked by the policy without connecting."""

from __future__ import annotations

import gzip
import ipaddress

import pytest
from fixtures.fetching import loopback_fetcher
from fixtures.scripted_server import Answer, ScriptedServer, tls_for
from warcio.archiveiterator import ArchiveIterator

from etl.fetch import FetchError, HttpFetcher
from etl.netguard import AddressGuard, AddressPolicy, AddressRefused, address_category

HTML = {"Content-Type": "text/html; charset=utf-8"}
PAGE = b"<html><body><p>A page.</p></body></html>"
ONLY_127_0_0_1 = (ipaddress.ip_network("127.0.0.1/32"),)


@pytest.fixture
def server():
    with ScriptedServer() as running:
        yield running


@pytest.fixture
def other_server():
    with ScriptedServer() as running:
        yield running


def names(mapping: dict[str, str]):
    """A resolver for made-up host names (the system resolver knows none of them)."""

    def resolve(host: str, port: int) -> list[str]:
        if host in mapping:
            return [mapping[host]]
        return [str(ipaddress.ip_address(host))]

    return resolve


@pytest.mark.parametrize(
    "address, category",
    [
        ("169.254.169.254", "link-local, where cloud metadata services live"),
        ("fe80::1", "link-local"),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:10.1.2.3", "private network"),
        ("10.0.0.5", "private network"),
        ("172.16.4.4", "private network"),
        ("192.168.1.20", "private network"),
        ("fc00::7", "private network"),
        ("64:ff9b::a00:5", "private network"),  # NAT64 form of 10.0.0.5
        ("2002:a00:5::1", "private network"),  # 6to4 form of 10.0.0.5
        ("100.64.0.1", "not globally routable"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("240.0.0.1", "private network"),
    ],
)
def test_non_public_addresses_are_categorised(address, category):
    assert address_category(ipaddress.ip_address(address)) == category


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700:4700::1111", "::ffff:93.184.215.14"])
def test_public_addresses_pass(address):
    assert address_category(ipaddress.ip_address(address)) is None
    assert AddressPolicy().refusal(ipaddress.ip_address(address)) is None


def test_refusal_says_private_and_how_to_allow():
    with pytest.raises(AddressRefused) as refused:
        AddressGuard().vet("10.0.0.5", 80)
    assert str(refused.value) == (
        "refused: 10.0.0.5 is a private address (private network); "
        "set allow_private: true on the source or CASEFILE_ALLOW_PRIVATE=1 to allow"
    )


def test_allow_private_opens_private_ranges_but_never_multicast_or_unspecified():
    policy = AddressPolicy(allow_private=True)
    for allowed in ("10.0.0.5", "169.254.169.254", "::1", "::ffff:127.0.0.1"):
        assert policy.refusal(ipaddress.ip_address(allowed)) is None
    for never in ("224.0.0.1", "0.0.0.0"):
        assert "never a web server" in policy.refusal(ipaddress.ip_address(never))


def test_a_name_with_any_private_answer_is_refused():
    guard = AddressGuard(resolve=lambda host, port: ["93.184.215.14", "10.0.0.5"])
    with pytest.raises(AddressRefused, match="mixed.test resolves to 10.0.0.5, and 10.0.0.5 is a private address"):
        guard.vet("mixed.test", 443)


def test_loopback_is_refused_before_any_request(server, tmp_path, monkeypatch):
    monkeypatch.delenv("CASEFILE_ALLOW_PRIVATE", raising=False)
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    with pytest.raises(FetchError) as refused:
        loopback_fetcher(tmp_path, allow_private=None).get(f"{server.base_url}/page")
    assert refused.value.reason.startswith("refused: 127.0.0.1 is a private address (loopback)")
    assert server.seen == []  # not even robots.txt was asked for


def test_environment_allows_private_addresses(server, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_ALLOW_PRIVATE", "1")
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    assert loopback_fetcher(tmp_path, allow_private=None).get(f"{server.base_url}/page").body == PAGE


def test_connection_is_pinned_to_the_vetted_address(server, tmp_path):
    """The made-up name resolves only through the guard's resolver, so reaching the server
    proves the connection went to the vetted address; Host still names the site."""
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    fetcher = loopback_fetcher(
        tmp_path, allow_private=False, allowed_networks=ONLY_127_0_0_1, resolver=names({"www.public.test": "127.0.0.1"})
    )
    raw = fetcher.get(f"http://www.public.test:{server.port}/page")
    assert raw.body == PAGE
    assert server.hits("/page")[0].headers["host"] == f"www.public.test:{server.port}"


def test_redirect_to_a_private_address_is_refused_after_an_allowed_first_hop(server, tmp_path):
    server.routes["/start"] = Answer(302, headers={"Location": f"http://internal.test:{server.port}/secret"})
    server.routes["/literal"] = Answer(302, headers={"Location": f"http://127.0.0.2:{server.port}/secret"})
    fetcher = loopback_fetcher(
        tmp_path,
        allow_private=False,
        allowed_networks=ONLY_127_0_0_1,
        resolver=names({"www.public.test": "127.0.0.1", "internal.test": "127.0.0.2"}),
    )
    with pytest.raises(FetchError) as by_name:
        fetcher.get(f"http://www.public.test:{server.port}/start")
    assert by_name.value.reason.startswith(
        f"redirected to http://internal.test:{server.port}/secret: refused: internal.test resolves to 127.0.0.2, "
        "and 127.0.0.2 is a private address (loopback)"
    )
    with pytest.raises(FetchError, match="127.0.0.2 is a private address"):
        fetcher.get(f"http://www.public.test:{server.port}/literal")
    assert server.hits("/secret") == []


def test_a_name_that_rebinds_to_a_private_address_is_refused_on_the_next_request(server, tmp_path):
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    answers = iter(["127.0.0.1", "127.0.0.1", "127.0.0.2"])  # robots.txt, page, page again
    fetcher = loopback_fetcher(
        tmp_path, allow_private=False, allowed_networks=ONLY_127_0_0_1, resolver=lambda host, port: [next(answers)]
    )
    fetcher.get(f"http://rebind.test:{server.port}/page")
    with pytest.raises(FetchError, match="rebind.test resolves to 127.0.0.2"):
        fetcher.get(f"http://rebind.test:{server.port}/page")
    assert len(server.hits("/page")) == 1


def test_https_keeps_sni_and_certificate_check_on_the_host_name(tmp_path):
    context, ca_file, sni_names = tls_for("www.public.test", tmp_path)
    with ScriptedServer(tls=context) as server:
        server.routes["/page"] = Answer(body=PAGE, headers=HTML)
        fetcher = loopback_fetcher(
            tmp_path,
            allow_private=False,
            allowed_networks=ONLY_127_0_0_1,
            resolver=names({"www.public.test": "127.0.0.1", "other.test": "127.0.0.1"}),
            verify=str(ca_file),
            respect_robots=False,
        )
        assert fetcher.get(f"https://www.public.test:{server.port}/page").body == PAGE
        assert sni_names == ["www.public.test"]
        with pytest.raises(FetchError, match="TLS"):
            fetcher.get(f"https://other.test:{server.port}/page")  # the certificate names another host
        assert len(server.hits("/page")) == 1


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/file", "file:///etc/passwd", "gopher://127.0.0.1/"])
def test_only_http_and_https(url, tmp_path):
    with pytest.raises(FetchError, match="only http and https"):
        loopback_fetcher(tmp_path).get(url)


def test_redirect_to_another_scheme_is_refused(server, tmp_path):
    server.routes["/to-file"] = Answer(302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="redirected to file:///etc/passwd: only http and https"):
        loopback_fetcher(tmp_path).get(f"{server.base_url}/to-file")


def test_redirect_loops_stop(server, tmp_path):
    server.routes["/loop"] = Answer(302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="more than 10 redirects"):
        loopback_fetcher(tmp_path).get(f"{server.base_url}/loop")
    assert len(server.hits("/loop")) == 11


def test_credentials_do_not_follow_a_redirect_to_another_host(server, other_server, tmp_path):
    server.routes["/away"] = Answer(302, headers={"Location": f"{other_server.base_url}/landing"})
    server.routes["/here"] = Answer(302, headers={"Location": "/landing"})
    server.routes["/landing"] = other_server.routes["/landing"] = Answer(body=PAGE, headers=HTML)
    secrets = {"Authorization": "Bearer s3cret-token", "Cookie": "session=s3cret-cookie"}
    fetcher = loopback_fetcher(tmp_path)

    fetcher.get(f"{server.base_url}/away", headers=secrets)
    assert server.hits("/away")[0].headers["authorization"] == "Bearer s3cret-token"
    landing = other_server.hits("/landing")[0].headers
    assert "authorization" not in landing and "cookie" not in landing

    fetcher.get(f"{server.base_url}/here", headers=secrets)
    assert server.hits("/landing")[0].headers["authorization"] == "Bearer s3cret-token"  # same origin keeps them

    archived = gzip.decompress(b"".join(path.read_bytes() for path in (tmp_path / "captures").rglob("*.warc.gz")))
    assert b"s3cret" not in archived and b"(redacted)" in archived


def test_cookies_set_by_a_server_are_not_sent_back(server, tmp_path):
    server.routes["/set"] = Answer(body=PAGE, headers={**HTML, "Set-Cookie": "tracker=1; Path=/"})
    server.routes["/next"] = Answer(body=PAGE, headers=HTML)
    fetcher = loopback_fetcher(tmp_path)
    fetcher.get(f"{server.base_url}/set")
    fetcher.get(f"{server.base_url}/next")
    assert "cookie" not in server.hits("/next")[0].headers


def test_content_types_outside_the_allowlist_are_refused_unread(server, tmp_path):
    server.routes["/image"] = Answer(body=b"\x89PNG" + bytes(100), headers={"Content-Type": "image/png"})
    with pytest.raises(FetchError, match="refused content type 'image/png'"):
        loopback_fetcher(tmp_path).get(f"{server.base_url}/image")
    assert b"/image" not in gzip.decompress(b"".join(path.read_bytes() for path in (tmp_path / "captures").rglob("*.warc.gz")))


@pytest.mark.parametrize(
    "content_type", ["application/rss+xml", "application/atom+xml", "application/xhtml+xml", "text/plain", "application/json", "application/pdf"]
)
def test_allowed_content_types(server, tmp_path, content_type):
    server.routes["/doc"] = Answer(body=b"%PDF-1.7 or text", headers={"Content-Type": content_type})
    assert loopback_fetcher(tmp_path).get(f"{server.base_url}/doc").content_type == content_type


def test_undeclared_content_is_accepted_only_as_a_pdf(server, tmp_path):
    server.routes["/order.pdf"] = Answer(body=b"%PDF-1.4\n...", headers={"Content-Type": "application/octet-stream"})
    server.routes["/blob"] = Answer(body=b"MZ\x90\x00", headers={"Content-Type": "application/octet-stream"})
    fetcher = loopback_fetcher(tmp_path)
    assert fetcher.get(f"{server.base_url}/order.pdf").body.startswith(b"%PDF-")
    with pytest.raises(FetchError, match="refused content type 'application/octet-stream': the body is not a PDF"):
        fetcher.get(f"{server.base_url}/blob")


def test_oversized_bodies_are_refused(server, tmp_path):
    server.routes["/declared"] = Answer(body=b"x" * 5000, headers={"Content-Type": "text/plain"})
    server.routes["/undeclared"] = Answer(body=b"x" * 5000, headers={"Content-Type": "text/plain"}, send_length=False)
    fetcher = loopback_fetcher(tmp_path, max_bytes=1000)
    with pytest.raises(FetchError, match=r"response larger than 1000 bytes \(Content-Length 5000\)"):
        fetcher.get(f"{server.base_url}/declared")
    with pytest.raises(FetchError, match="response larger than 1000 bytes$"):
        fetcher.get(f"{server.base_url}/undeclared")


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    return gzip.compress(bytes(50_000_000), compresslevel=9)  # 50 MB of zeros in ~50 kB


def test_gzip_bomb_is_stopped_by_the_expansion_ratio(server, tmp_path, gzip_bomb):
    server.routes["/bomb"] = Answer(body=gzip_bomb, headers={**HTML, "Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="expands more than 100 times .*decompression bomb"):
        loopback_fetcher(tmp_path, max_bytes=5_000_000).get(f"{server.base_url}/bomb")


def test_gzip_bomb_is_stopped_by_the_decompressed_size(server, tmp_path, gzip_bomb):
    server.routes["/bomb"] = Answer(body=gzip_bomb, headers={**HTML, "Content-Encoding": "gzip"})
    fetcher = loopback_fetcher(tmp_path, max_bytes=5_000_000, max_ratio=float("inf"))
    with pytest.raises(FetchError, match="decompressed body larger than 5000000 bytes"):
        fetcher.get(f"{server.base_url}/bomb")


def test_compressed_pages_are_decoded_and_archived_as_received(server, tmp_path):
    compressed = gzip.compress(PAGE * 50)
    server.routes["/gz"] = Answer(body=compressed, headers={**HTML, "Content-Encoding": "gzip"})
    raw = loopback_fetcher(tmp_path).get(f"{server.base_url}/gz")
    assert raw.body == PAGE * 50
    assert server.hits("/gz")[0].headers["accept-encoding"] == "gzip, deflate"
    with open(tmp_path / "captures" / raw.capture.warc_file, "rb") as warc:
        for record in ArchiveIterator(warc):
            if record.rec_headers.get_header("WARC-Record-ID") == raw.capture.warc_record_id:
                assert record.raw_stream.read() == compressed
                assert record.http_headers.get_header("Content-Encoding") == "gzip"
                break
        else:
            pytest.fail("the response record is not in the WARC file")


def test_unsupported_content_encoding_is_named(server, tmp_path):
    server.routes["/br"] = Answer(body=b"\x0b\x02\x80", headers={**HTML, "Content-Encoding": "br"})
    with pytest.raises(FetchError, match="unsupported content encoding 'br'"):
        loopback_fetcher(tmp_path).get(f"{server.base_url}/br")


def test_default_fetcher_sends_a_descriptive_user_agent(server, tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CASEFILE_ALLOW_PRIVATE", "1")
    server.routes["/page"] = Answer(body=PAGE, headers=HTML)
    HttpFetcher(requests_per_second=1000).get(f"{server.base_url}/page")
    agent = server.hits("/page")[0].headers["user-agent"]
    assert agent.startswith("casefile/") and "+https://" in agent
    assert list((tmp_path / "home" / "captures" / "adhoc").glob("*.warc.gz"))
