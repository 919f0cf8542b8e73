"""Manage a local single-node Elasticsearch cluster for development, demos and tests.

The node is the Maven Central artifact
``org.elasticsearch.distribution.integ-test-zip:elasticsearch:<version>:zip``
(fetched with ``mvn dependency:get`` if it is not already in ``~/.m2``) unpacked
once into :func:`node_root`.  It has no bundled JDK, so a Java >= 21 is looked up
in ``$ES_JAVA_HOME`` and then in ``/usr/lib/jvm/*``.

Layout of :func:`node_root` (``<cache root>/elasticsearch``)::

    dist/elasticsearch-<version>/   unpacked distribution (its config/ holds
                                    elasticsearch.yml, users, users_roles)
    data/                           path.data
    logs/                           path.logs; console.log is stdout/stderr,
                                    casefile-local.log is the main server log
    password                        password of the "casefile" user (mode 0600)
    state.json                      pid, ports, version of the running node
    lock                            flock taken by start() and stop()

The cache root is ``cache_dir`` if given, else ``$CASEFILE_HOME``, else
``~/.cache/casefile``.  Elasticsearch refuses to run as root, so when this code
runs as root the node runs as the unprivileged system user ``casefile-es``
(created with ``useradd --system`` if missing, launched with ``setpriv``), and
the distribution, data and logs directories are chowned to it.  That user must
be able to traverse every parent directory of the node root; ``/root`` usually
is mode 0700, so as root with neither ``cache_dir`` nor ``$CASEFILE_HOME``
given, the default cache root becomes ``/var/lib/casefile`` when ``~/.cache``
is not traversable.  An explicitly given cache directory that is not traversable
is an error (no permissions are changed outside the cache root).

Security is on: HTTP basic auth with the file-realm user ``casefile`` (role
``superuser``) and a random password generated once.  TLS is off on HTTP and
transport; both are bound to 127.0.0.1 only, on free ports chosen at each start.

Limits of the integ-test-zip (it only has the modules apm, transport-netty4,
x-pack-core and x-pack-security):

* no ``rest-root`` module, so ``GET /`` and ``HEAD /`` (client ``info()`` and
  ``ping()``) would answer 405.  A small stand-in module, ``casefile-rest-root``,
  is compiled once with the JDK's ``javac`` into ``modules/`` and serves them with
  the usual body (name, cluster_name, cluster_uuid, version, tagline).  This is
  why a JDK, not only a JRE, is required.
* no ``analysis-common`` (most token filters/analyzers), painless, reindex,
  ingest-common, mapper-extras, ILM, ML ...: check ``GET /_nodes/_local/plugins``
  before relying on them.  Because of it the ``.security`` index cannot be
  created (the log shows a few "Failed to sync built-in roles" warnings at start):
  native users, roles and API keys do not work, the file realm does.

Only the standard library is used.  Progress is logged to the
``casefile.local_node`` logger.
"""

from __future__ import annotations

import base64
import fcntl
import json
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import time
import urllib.error
import urllib.request
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = [
    "DEFAULT_VERSION",
    "LocalNode",
    "LocalNodeError",
    "node_root",
    "start",
    "running",
    "stop",
]

log = logging.getLogger("casefile.local_node")

DEFAULT_VERSION = "9.2.4"
USERNAME = "casefile"
ES_SYSTEM_USER = "casefile-es"
CLUSTER_NAME = "casefile-local"
HEAP_OPTS = "-Xms512m -Xmx1g"
MIN_JAVA = 21
ARTIFACT = "org.elasticsearch.distribution.integ-test-zip:elasticsearch:{version}:zip"
ROOT_FALLBACK_CACHE = Path("/var/lib/casefile")

# Popen objects of nodes started by this process, kept so they can be reaped
# (and so Python does not warn about a still-running subprocess).
_CHILDREN: dict[int, subprocess.Popen] = {}


@dataclass(frozen=True)
class LocalNode:
    url: str  # http://127.0.0.1:<port>
    username: str  # "casefile"
    password: str
    version: str
    home: Path  # unpacked distribution dir
    data_dir: Path
    log_path: Path  # the main server log file
    pid: int

    def __repr__(self) -> str:  # keep the password out of logs and tracebacks
        return (
            f"LocalNode(url={self.url!r}, username={self.username!r}, password='***', "
            f"version={self.version!r}, home={str(self.home)!r}, "
            f"data_dir={str(self.data_dir)!r}, log_path={str(self.log_path)!r}, pid={self.pid})"
        )


class LocalNodeError(RuntimeError):
    """The local node could not be set up, started or stopped (message says why and where the log is)."""


# --------------------------------------------------------------------------- paths


def _is_root() -> bool:
    return os.geteuid() == 0


def _traversable_by_others(path: Path) -> bool:
    """True if every existing directory from / down to ``path`` has o+x."""
    path = path.absolute()
    for p in [*reversed(path.parents), path]:
        try:
            st = p.stat()
        except FileNotFoundError:
            return True  # will be created by us (mode 0755)
        if not st.st_mode & stat.S_IXOTH:
            return False
    return True


def _cache_root(cache_dir: Path | None) -> Path:
    if cache_dir is not None:
        return Path(cache_dir).expanduser().absolute()
    env = os.environ.get("CASEFILE_HOME")
    if env:
        return Path(env).expanduser().absolute()
    default = Path.home() / ".cache" / "casefile"
    if _is_root() and not _traversable_by_others(default):
        return ROOT_FALLBACK_CACHE
    return default


def node_root(cache_dir: Path | None = None) -> Path:
    """Folder holding the distribution, data, logs, password file and state json."""
    return _cache_root(cache_dir) / "elasticsearch"


def _paths(root: Path) -> dict[str, Path]:
    return {
        "dist": root / "dist",
        "data": root / "data",
        "logs": root / "logs",
        "password": root / "password",
        "state": root / "state.json",
        "lock": root / "lock",
        "console": root / "logs" / "console.log",
        "server_log": root / "logs" / f"{CLUSTER_NAME}.log",
    }


# --------------------------------------------------------------------------- helpers


def _tail(path: Path, lines: int = 20) -> str:
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            f.seek(max(0, f.tell() - 64 * 1024))
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _failure(cause: str, root: Path) -> LocalNodeError:
    p = _paths(root)
    parts = [cause]
    for path in (p["console"], p["server_log"]):
        tail = _tail(path)
        if tail:
            parts.append(f"--- last lines of {path} ---\n{tail}")
    parts.append(f"Logs: {p['server_log']} (server), {p['console']} (console)")
    return LocalNodeError("\n".join(parts))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def _locked(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with open(_paths(root)["lock"], "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def _run(cmd: list[str], what: str, **kw) -> subprocess.CompletedProcess:
    try:
        res = subprocess.run(cmd, capture_output=True, text=True, **kw)
    except FileNotFoundError as e:
        raise LocalNodeError(f"{what}: command not found: {e.filename}") from e
    if res.returncode != 0:
        out = (res.stdout + res.stderr).strip()[-4000:]
        raise LocalNodeError(f"{what} failed (exit {res.returncode}): {' '.join(cmd[:3])} ...\n{out}")
    return res


# --------------------------------------------------------------------------- java


def _java_major(java_home: Path) -> int | None:
    java = java_home / "bin" / "java"
    if not os.access(java, os.X_OK):
        return None
    try:
        res = subprocess.run([str(java), "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    m = re.search(r'version "(\d+)(?:\.(\d+))?', res.stderr + res.stdout)
    if not m:
        return None
    major = int(m.group(1))
    if major == 1 and m.group(2):  # 1.8.0 style
        major = int(m.group(2))
    return major


def _is_jdk(java_home: Path) -> bool:
    return os.access(java_home / "bin" / "javac", os.X_OK)


def _find_java() -> Path:
    """A JDK >= 21 (javac is needed too, see _ensure_root_shim): $ES_JAVA_HOME, else the newest in /usr/lib/jvm."""
    env = os.environ.get("ES_JAVA_HOME")
    if env:
        major = _java_major(Path(env))
        if major is not None and major >= MIN_JAVA and _is_jdk(Path(env)):
            return Path(env)
        log.warning(
            "ES_JAVA_HOME=%s is not a JDK >= %d with javac (java version %s); searching /usr/lib/jvm", env, MIN_JAVA, major
        )
    candidates: list[tuple[int, Path]] = []
    jvm = Path("/usr/lib/jvm")
    if jvm.is_dir():
        for d in sorted(jvm.iterdir()):
            if d.is_symlink() or not d.is_dir() or not _is_jdk(d):
                continue
            major = _java_major(d)
            if major is not None and major >= MIN_JAVA:
                candidates.append((major, d))
    if not candidates:
        raise LocalNodeError(
            f"Elasticsearch needs a JDK >= {MIN_JAVA} (with javac) but none was found: set ES_JAVA_HOME to one "
            f"or install one under /usr/lib/jvm (e.g. apt-get install openjdk-{MIN_JAVA}-jdk-headless)"
        )
    candidates.sort(key=lambda c: c[0])
    return candidates[-1][1]


# --------------------------------------------------------------------------- es system user


def _ensure_es_user() -> tuple[int, int]:
    import pwd

    try:
        pw = pwd.getpwnam(ES_SYSTEM_USER)
    except KeyError:
        log.info("creating system user %s", ES_SYSTEM_USER)
        nologin = "/usr/sbin/nologin" if Path("/usr/sbin/nologin").exists() else "/bin/false"
        try:
            res = subprocess.run(
                ["useradd", "--system", "--no-create-home", "--shell", nologin, ES_SYSTEM_USER],
                capture_output=True,
                text=True,
            )
        except FileNotFoundError as e:
            raise LocalNodeError(f"cannot create user {ES_SYSTEM_USER}: useradd not found") from e
        if res.returncode not in (0, 9):  # 9: already exists (race with another process)
            raise LocalNodeError(f"useradd {ES_SYSTEM_USER} failed: {res.stderr.strip()}")
        pw = pwd.getpwnam(ES_SYSTEM_USER)
    return pw.pw_uid, pw.pw_gid


def _as_es_user(cmd: list[str]) -> list[str]:
    if not _is_root():
        return cmd
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={ES_SYSTEM_USER}", f"--regid={ES_SYSTEM_USER}", "--init-groups", "--", *cmd]
    if shutil.which("runuser"):
        return ["runuser", "-u", ES_SYSTEM_USER, "--", *cmd]
    raise LocalNodeError("running as root but neither setpriv nor runuser is available to drop privileges")


def _chown_tree(path: Path, uid: int, gid: int) -> None:
    os.chown(path, uid, gid, follow_symlinks=False)
    for dirpath, dirnames, filenames in os.walk(path):
        for name in dirnames + filenames:
            os.chown(os.path.join(dirpath, name), uid, gid, follow_symlinks=False)


# --------------------------------------------------------------------------- distribution


def _distribution_zip(version: str) -> Path:
    m2 = Path.home() / ".m2" / "repository"
    zip_path = (
        m2 / "org/elasticsearch/distribution/integ-test-zip/elasticsearch" / version / f"elasticsearch-{version}.zip"
    )
    if zip_path.is_file():
        return zip_path
    mvn = shutil.which("mvn")
    if not mvn:
        raise LocalNodeError(
            f"Elasticsearch {version} distribution not found at {zip_path} and `mvn` is not installed: "
            "install Maven (e.g. apt-get install maven) so it can be fetched from Maven Central"
        )
    artifact = ARTIFACT.format(version=version)
    log.info("fetching %s with maven", artifact)
    res = subprocess.run(
        [mvn, "-q", "-B", "dependency:get", f"-Dartifact={artifact}", "-Dtransitive=false"],
        capture_output=True,
        text=True,
    )
    if res.returncode != 0 or not zip_path.is_file():
        out = (res.stdout + res.stderr).strip()[-4000:]
        raise LocalNodeError(f"mvn dependency:get {artifact} failed (exit {res.returncode}):\n{out}")
    return zip_path


def _unpack(version: str, root: Path) -> Path:
    """Unpack the distribution once; return its home directory."""
    dist = _paths(root)["dist"]
    home = dist / f"elasticsearch-{version}"
    if (home / "bin" / "elasticsearch").is_file():
        return home
    zip_path = _distribution_zip(version)
    dist.mkdir(parents=True, exist_ok=True)
    tmp = dist / f".unpack-{version}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    log.info("unpacking %s into %s", zip_path, dist)
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            target = Path(zf.extract(info, tmp))
            mode = (info.external_attr >> 16) & 0o777
            if mode:
                os.chmod(target, mode)
    top = tmp / f"elasticsearch-{version}"
    if not (top / "bin" / "elasticsearch").is_file():
        shutil.rmtree(tmp, ignore_errors=True)
        raise LocalNodeError(f"{zip_path} does not contain elasticsearch-{version}/bin/elasticsearch")
    os.rename(top, home)
    shutil.rmtree(tmp, ignore_errors=True)
    return home


# The integ-test-zip has no rest-root module, so GET / and HEAD / answer 405.  This
# small stand-in module (compiled once with the JDK's javac against the distribution's
# jars) serves them with the same body as the real one, for clients' info()/ping().
_ROOT_SHIM_NAME = "casefile-rest-root"
_ROOT_SHIM_JAVA = Path(__file__).with_name("RootPlugin.java")


def _ensure_root_shim(home: Path, java_home: Path) -> None:
    """Install the GET / stand-in module into home/modules unless a rest-root module is there."""
    modules = home / "modules"
    if (modules / "rest-root").is_dir() or (modules / _ROOT_SHIM_NAME / "plugin-descriptor.properties").is_file():
        return
    javac = java_home / "bin" / "javac"
    if not os.access(javac, os.X_OK):
        raise LocalNodeError(f"{javac} not found: a full JDK (with javac) >= {MIN_JAVA} is needed, not only a JRE")
    log.info("building the %s module (GET / endpoint) with %s", _ROOT_SHIM_NAME, javac)
    work = home / f".{_ROOT_SHIM_NAME}-build-{os.getpid()}"
    shutil.rmtree(work, ignore_errors=True)
    src = work / "src" / "casefile" / "esroot" / "RootPlugin.java"
    src.parent.mkdir(parents=True)
    shutil.copyfile(_ROOT_SHIM_JAVA, src)
    classes = work / "classes"
    try:
        _run(
            [str(javac), "--release", str(MIN_JAVA), "-proc:none", "-nowarn", "-cp", str(home / "lib" / "*"),
             "-d", str(classes), str(src)],
            f"compiling the {_ROOT_SHIM_NAME} module",
        )
        module = work / _ROOT_SHIM_NAME
        module.mkdir()
        with zipfile.ZipFile(module / f"{_ROOT_SHIM_NAME}.jar", "w", zipfile.ZIP_DEFLATED) as jar:
            for f in sorted(classes.rglob("*.class")):
                jar.write(f, f.relative_to(classes).as_posix())
        version = home.name.removeprefix("elasticsearch-")
        (module / "plugin-descriptor.properties").write_text(
            "description=casefile stand-in for the rest-root module (GET / and HEAD /)\n"
            f"version={version}\nname={_ROOT_SHIM_NAME}\nclassname=casefile.esroot.RootPlugin\n"
            f"java.version={MIN_JAVA}\nelasticsearch.version={version}\n"
        )
        os.rename(module, modules / _ROOT_SHIM_NAME)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_config(home: Path, root: Path, http_port: int, transport_port: int) -> None:
    p = _paths(root)
    settings = {
        "cluster.name": CLUSTER_NAME,
        "node.name": "casefile-local-1",
        "discovery.type": "single-node",
        "network.host": "127.0.0.1",
        "http.host": "127.0.0.1",
        "http.port": http_port,
        "transport.host": "127.0.0.1",
        "transport.port": transport_port,
        "path.data": str(p["data"]),
        "path.logs": str(p["logs"]),
        "cluster.routing.allocation.disk.threshold_enabled": False,
        "xpack.security.enabled": True,
        "xpack.security.http.ssl.enabled": False,
        "xpack.security.transport.ssl.enabled": False,
    }
    lines = ["# Written by casefile etl.elastic.local_node at each start; edits are overwritten."]
    lines += [f"{k}: {json.dumps(v)}" for k, v in settings.items()]
    (home / "config" / "elasticsearch.yml").write_text("\n".join(lines) + "\n")


def _users_has(home: Path, user: str) -> bool:
    try:
        text = (home / "config" / "users").read_text()
    except FileNotFoundError:
        return False
    return any(line.split(":", 1)[0] == user for line in text.splitlines())


def _ensure_password(root: Path) -> tuple[str, bool]:
    """Return (password, created_now); the password file is created with mode 0600."""
    path = _paths(root)["password"]
    try:
        pw = path.read_text().strip()
        if pw:
            os.chmod(path, 0o600)
            return pw, False
    except FileNotFoundError:
        pass
    pw = secrets.token_urlsafe(24)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(pw + "\n")
    os.chmod(path, 0o600)
    return pw, True


def _ensure_user(home: Path, java_home: Path, password: str, password_new: bool) -> None:
    """Create the file-realm superuser (idempotent: an existing user with a known password is kept)."""
    exists = _users_has(home, USERNAME)
    if exists and not password_new:
        return
    tool = [str(home / "bin" / "elasticsearch-users")]
    env = {**os.environ, "ES_JAVA_HOME": str(java_home), "ES_PATH_CONF": str(home / "config")}
    for var in ("JAVA_HOME", "ES_JAVA_OPTS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"):
        env.pop(var, None)
    if exists:
        log.info("resetting password of file-realm user %s", USERNAME)
        _run(_as_es_user([*tool, "userdel", USERNAME]), "elasticsearch-users userdel", env=env, cwd=home)
    log.info("creating file-realm user %s (superuser)", USERNAME)
    _run(
        _as_es_user([*tool, "useradd", USERNAME, "-r", "superuser"]),
        "elasticsearch-users useradd",
        env=env,
        cwd=home,
        input=f"{password}\n{password}\n",  # read from stdin: keeps it off the process list
    )
    if not _users_has(home, USERNAME):
        raise LocalNodeError(f"elasticsearch-users did not add {USERNAME} to {home / 'config' / 'users'}")


# --------------------------------------------------------------------------- processes


def _reap(pid: int) -> None:
    proc = _CHILDREN.get(pid)
    if proc is not None:
        if proc.poll() is not None:
            _CHILDREN.pop(pid, None)
        return
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, pgid) of a process from /proc, or None if it does not exist."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return fields[0], int(fields[2])


def _pid_alive(pid: int) -> bool:
    _reap(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    st = _proc_stat(pid)
    if st is not None and st[0] in ("Z", "X"):
        return False
    return True


def _is_our_es(pid: int) -> bool:
    """The pid is alive and looks like an Elasticsearch process (guards against pid reuse)."""
    if not _pid_alive(pid):
        return False
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc: trust the state file
    return b"elasticsearch" in cmdline


def _group_alive(pgid: int) -> bool:
    _reap(pgid)
    proc = Path("/proc")
    if proc.is_dir():
        for entry in proc.iterdir():
            if not entry.name.isdigit():
                continue
            st = _proc_stat(int(entry.name))
            if st is not None and st[1] == pgid and st[0] not in ("Z", "X"):
                return True
        return False
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def _signal_group(pgid: int, sig: int) -> None:
    try:
        os.killpg(pgid, sig)
    except ProcessLookupError:
        pass


def _terminate(pid: int, timeout: float) -> None:
    """SIGTERM the process group led by pid, wait up to timeout, then SIGKILL."""
    log.info("stopping elasticsearch process group %d", pid)
    _signal_group(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _group_alive(pid):
            break
        time.sleep(0.2)
    else:
        log.warning("elasticsearch (pgid %d) did not stop within %.0fs; sending SIGKILL", pid, timeout)
        _signal_group(pid, signal.SIGKILL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _group_alive(pid):
            time.sleep(0.2)
    proc = _CHILDREN.pop(pid, None)
    if proc is not None:
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


# --------------------------------------------------------------------------- http


def _get_root(url: str, username: str | None, password: str | None, timeout: float = 5) -> tuple[int, dict | None]:
    """GET / ; returns (status, json body or None). Status 0 means no answer."""
    req = urllib.request.Request(url + "/", headers={"Accept": "application/json"})
    if username is not None:
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = resp.read()
            try:
                return resp.status, json.loads(body)
            except ValueError:
                return resp.status, None
    except urllib.error.HTTPError as e:
        return e.code, None
    except (urllib.error.URLError, OSError, ValueError):
        return 0, None


# --------------------------------------------------------------------------- state


def _read_state(root: Path) -> dict | None:
    try:
        return json.loads(_paths(root)["state"].read_text())
    except (FileNotFoundError, ValueError):
        return None


def _write_state(root: Path, state: dict) -> None:
    path = _paths(root)["state"]
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(state, indent=2) + "\n")
    os.replace(tmp, path)


def _remove_state(root: Path) -> None:
    try:
        _paths(root)["state"].unlink()
    except FileNotFoundError:
        pass


def _node_from_state(root: Path, state: dict, password: str) -> LocalNode:
    p = _paths(root)
    return LocalNode(
        url=f"http://127.0.0.1:{state['port']}",
        username=USERNAME,
        password=password,
        version=state["version"],
        home=Path(state["home"]),
        data_dir=p["data"],
        log_path=p["server_log"],
        pid=int(state["pid"]),
    )


def _running(root: Path) -> LocalNode | None:
    state = _read_state(root)
    if not state:
        return None
    try:
        password = _paths(root)["password"].read_text().strip()
        node = _node_from_state(root, state, password)
    except (OSError, KeyError, ValueError, TypeError):
        return None
    if not _pid_alive(node.pid):
        return None
    status, _ = _get_root(node.url, node.username, node.password)
    return node if status == 200 else None


# --------------------------------------------------------------------------- public API


def running(cache_dir: Path | None = None) -> LocalNode | None:
    """The running node of this cache dir, or None if it is not running or not answering."""
    return _running(node_root(cache_dir))


def start(cache_dir: Path | None = None, version: str = DEFAULT_VERSION, timeout: float = 180) -> LocalNode:
    """Start the local node (or return the one already running) and wait until it answers.

    ``timeout`` is how many seconds to wait for the node to answer ``GET /``.
    Raises :class:`LocalNodeError` with the cause and the log tail on failure.
    """
    root = node_root(cache_dir)
    if _is_root() and not _traversable_by_others(root):
        raise LocalNodeError(
            f"{root} is not reachable by the unprivileged user {ES_SYSTEM_USER} (a parent directory lacks o+x); "
            "running as root, pick a cache dir outside such directories (e.g. /var/lib/casefile)"
        )
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(root, 0o755)
    with _locked(root):
        node = _running(root)
        if node is not None:
            if node.version != version:
                raise LocalNodeError(
                    f"a local node of version {node.version} is already running at {node.url} "
                    f"(pid {node.pid}); stop() it before starting version {version}. Log: {node.log_path}"
                )
            log.debug("local elasticsearch already running at %s (pid %d)", node.url, node.pid)
            return node
        state = _read_state(root)
        if state and isinstance(state.get("pid"), int) and _is_our_es(state["pid"]):
            log.warning("a stale elasticsearch (pid %d) is not answering; stopping it", state["pid"])
            _terminate(state["pid"], 60)
        _remove_state(root)
        return _launch(root, version, timeout)


def _launch(root: Path, version: str, timeout: float) -> LocalNode:
    p = _paths(root)
    java_home = _find_java()
    home = _unpack(version, root)
    _ensure_root_shim(home, java_home)
    for d in (p["data"], p["logs"]):
        d.mkdir(parents=True, exist_ok=True)
    password, password_new = _ensure_password(root)
    http_port, transport_port = _free_port(), _free_port()
    while transport_port == http_port:
        transport_port = _free_port()
    _write_config(home, root, http_port, transport_port)
    if _is_root():
        uid, gid = _ensure_es_user()
        for d in (home, p["data"], p["logs"]):
            _chown_tree(d, uid, gid)
    _ensure_user(home, java_home, password, password_new)

    env = {**os.environ, "ES_JAVA_HOME": str(java_home), "ES_JAVA_OPTS": HEAP_OPTS, "ES_PATH_CONF": str(home / "config")}
    for var in ("JAVA_HOME", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "ES_TMPDIR"):
        env.pop(var, None)
    cmd = _as_es_user([str(home / "bin" / "elasticsearch")])
    log.info("starting elasticsearch %s on 127.0.0.1:%d (java %s)", version, http_port, java_home)
    t0 = time.monotonic()
    with open(p["console"], "ab") as console:
        console.write(f"\n=== casefile local_node start {time.strftime('%Y-%m-%dT%H:%M:%S%z')} ===\n".encode())
        console.flush()
        proc = subprocess.Popen(
            cmd,
            cwd=home,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=console,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    _CHILDREN[proc.pid] = proc
    state = {
        "pid": proc.pid,
        "port": http_port,
        "transport_port": transport_port,
        "version": version,
        "home": str(home),
        "started_at": time.time(),
    }
    _write_state(root, state)
    node = _node_from_state(root, state, password)

    deadline = t0 + timeout
    last_status = 0
    first_401: float | None = None
    while True:
        if proc.poll() is not None:
            _CHILDREN.pop(proc.pid, None)
            _remove_state(root)
            raise _failure(f"elasticsearch exited with code {proc.returncode} during startup", root)
        last_status, body = _get_root(node.url, node.username, node.password, timeout=2)
        if last_status == 200:
            got = (body or {}).get("version", {}).get("number")
            log.info("elasticsearch %s answering at %s after %.1fs", got, node.url, time.monotonic() - t0)
            return node
        if last_status == 401:
            first_401 = first_401 or time.monotonic()
        else:
            first_401 = None
        if first_401 is not None and time.monotonic() - first_401 > 15:
            _terminate(proc.pid, 30)
            _remove_state(root)
            raise _failure(f"elasticsearch rejected the credentials of user {USERNAME!r} (HTTP 401)", root)
        if time.monotonic() > deadline:
            _terminate(proc.pid, 30)
            _remove_state(root)
            raise _failure(
                f"elasticsearch did not answer GET {node.url}/ with 200 within {timeout:.0f}s "
                f"(last status {last_status or 'no answer'}); it was stopped",
                root,
            )
        time.sleep(0.5)


def stop(cache_dir: Path | None = None, timeout: float = 60) -> bool:
    """Stop the local node (SIGTERM its process group, SIGKILL after timeout). True if one was stopped."""
    root = node_root(cache_dir)
    if not root.is_dir():
        return False
    with _locked(root):
        state = _read_state(root)
        if not state:
            return False
        pid = state.get("pid")
        stopped = False
        if isinstance(pid, int) and _is_our_es(pid):
            _terminate(pid, timeout)
            stopped = True
        _remove_state(root)
        return stopped
