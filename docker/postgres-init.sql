-- One database per subgraph (each subgraph also creates its own when missing).
CREATE DATABASE users_db;
CREATE DATABASE products_db;
CREATE DATABASE orders_db;
CREATE DATABASE notifications_db;
