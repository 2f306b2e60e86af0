#!/bin/sh
# Renders definitions.json with each service's broker password from the environment, then starts
# RabbitMQ, which loads it (rabbitmq.conf): one user per service, no guest.
set -eu
for name in RABBITMQ_USERS_PASSWORD RABBITMQ_PRODUCTS_PASSWORD RABBITMQ_ORDERS_PASSWORD RABBITMQ_NOTIFICATIONS_PASSWORD RABBITMQ_GATEWAY_PASSWORD; do
  eval "value=\${$name:-}"
  # Letters, digits, - and _ only: the value goes into JSON (and into the services' AMQP URLs) as is.
  if ! printf '%s' "$value" | grep -Eq '^[A-Za-z0-9_-]{16,}$'; then
    echo "$name must be 16 or more letters, digits, - or _ (npm start generates one in .env)" >&2
    exit 1
  fi
done
sed -e "s/@RABBITMQ_USERS_PASSWORD@/$RABBITMQ_USERS_PASSWORD/" \
  -e "s/@RABBITMQ_PRODUCTS_PASSWORD@/$RABBITMQ_PRODUCTS_PASSWORD/" \
  -e "s/@RABBITMQ_ORDERS_PASSWORD@/$RABBITMQ_ORDERS_PASSWORD/" \
  -e "s/@RABBITMQ_NOTIFICATIONS_PASSWORD@/$RABBITMQ_NOTIFICATIONS_PASSWORD/" \
  -e "s/@RABBITMQ_GATEWAY_PASSWORD@/$RABBITMQ_GATEWAY_PASSWORD/" \
  /etc/shopgraph/definitions.json >/tmp/shopgraph-definitions.json
chmod 644 /tmp/shopgraph-definitions.json
exec docker-entrypoint.sh "$@"
