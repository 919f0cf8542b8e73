#!/usr/bin/env bash
# One-shot set-up of the secured cluster in docker-compose.yml, safe to run again:
#  - the password of the built-in kibana_system user, which Kibana logs in with;
#  - a role and user for casefile (CLI and DAGs) limited to the casefile indices.
set -euo pipefail

: "${ES_URL:?}" "${ELASTIC_PASSWORD:?}" "${KIBANA_SYSTEM_PASSWORD:?}"
: "${CASEFILE_ES_USERNAME:?}" "${CASEFILE_ES_PASSWORD:?}" "${CASEFILE_INDEX:?}"

json_string() {  # a shell string as a JSON string literal
  local value=${1//\\/\\\\}
  value=${value//\"/\\\"}
  printf '"%s"' "$value"
}

es() {
  curl --silent --show-error --fail-with-body -u "elastic:${ELASTIC_PASSWORD}" \
    -H 'Content-Type: application/json' "$@"
  echo
}

until curl --silent --fail -u "elastic:${ELASTIC_PASSWORD}" \
    "${ES_URL}/_cluster/health?wait_for_status=yellow&timeout=10s" >/dev/null; do
  echo "waiting for Elasticsearch at ${ES_URL}"
  sleep 5
done

echo "setting the kibana_system password"
es -X POST "${ES_URL}/_security/user/kibana_system/_password" \
  -d "{\"password\": $(json_string "${KIBANA_SYSTEM_PASSWORD}")}"

# Index templates, the versioned indices behind the alias, failures and run records all
# start with the alias name; monitor lets casefile read the node's version and modules.
echo "creating role casefile_writer on ${CASEFILE_INDEX}*"
es -X PUT "${ES_URL}/_security/role/casefile_writer" -d "{
  \"cluster\": [\"monitor\", \"manage_index_templates\"],
  \"indices\": [{\"names\": [$(json_string "${CASEFILE_INDEX}*")], \"privileges\": [\"all\"]}]
}"

echo "creating user ${CASEFILE_ES_USERNAME}"
es -X PUT "${ES_URL}/_security/user/${CASEFILE_ES_USERNAME}" -d "{
  \"password\": $(json_string "${CASEFILE_ES_PASSWORD}"),
  \"roles\": [\"casefile_writer\"],
  \"full_name\": \"casefile ETL\"
}"
