-- Checks inside single-statement writes (apps/api/src/db/write-batch.ts): a statement made of several data-modifying
-- CTEs calls o2o_check(condition, code, detail) on what they returned; a false condition aborts the whole statement,
-- so every write in it is undone, and the error message carries the business code for the API to map.
CREATE OR REPLACE FUNCTION o2o_check(ok boolean, code text, detail text) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  IF ok IS NOT TRUE THEN
    RAISE EXCEPTION 'O2O_REJECT:%:%', code, coalesce(detail, '');
  END IF;
  RETURN true;
END
$$;
