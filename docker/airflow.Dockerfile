# Airflow 3 with casefile installed; used by every Airflow service and the one-shot casefile
# services in docker-compose.yml. The Airflow version must match constraints.txt.
FROM apache/airflow:3.3.2-python3.11

USER root
# Named volumes start with the owner of the folder they are mounted on: make it airflow's.
RUN mkdir -p /var/lib/casefile /opt/airflow/auth /opt/casefile \
 && chown airflow:0 /var/lib/casefile /opt/airflow/auth /opt/casefile
USER airflow

# Editable install: etl/ reads mappings/, kibana/ and sources.yaml from beside it.
COPY --chown=airflow:0 . /opt/casefile
RUN pip install --no-cache-dir -c /opt/casefile/constraints.txt \
      -e /opt/casefile apache-airflow-providers-elasticsearch
