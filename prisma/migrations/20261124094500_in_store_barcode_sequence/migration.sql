-- In-store EAN-13 codes (prefix 29) for items that arrive without a barcode: unique under concurrency.
CREATE SEQUENCE IF NOT EXISTS "in_store_barcode_seq" AS BIGINT START WITH 100000 INCREMENT BY 1;
