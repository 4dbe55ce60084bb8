-- Order numbers: channel letter + China-local date + a database-wide sequence, unique under any concurrency.
CREATE SEQUENCE IF NOT EXISTS "order_number_seq" AS BIGINT START WITH 1 INCREMENT BY 1 CACHE 20;
