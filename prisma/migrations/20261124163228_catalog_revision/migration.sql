-- CreateTable
CREATE TABLE "CatalogRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "rev" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogRevision_pkey" PRIMARY KEY ("id")
);


-- The one row the sale's in-memory variant cache is checked against.
INSERT INTO "CatalogRevision" ("id", "rev") VALUES (1, 0) ON CONFLICT DO NOTHING;

-- Moves the revision forward once per transaction that changes what prices a sale. Deferred to commit, so the row lock
-- is the last lock the transaction takes (no deadlock with other catalog writers) and the new revision becomes visible
-- exactly when the change does. The transaction-local flag keeps a 10,000-row import at one update.
CREATE OR REPLACE FUNCTION o2o_bump_catalog_revision() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('o2o.catalog_bumped', true), '') <> 'on' THEN
    UPDATE "CatalogRevision" SET "rev" = "rev" + 1 WHERE "id" = 1;
    PERFORM set_config('o2o.catalog_bumped', 'on', true);
  END IF;
  RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "Variant_catalog_revision" AFTER INSERT OR UPDATE OR DELETE ON "Variant"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION o2o_bump_catalog_revision();
CREATE CONSTRAINT TRIGGER "Product_catalog_revision" AFTER INSERT OR UPDATE OR DELETE ON "Product"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION o2o_bump_catalog_revision();
CREATE CONSTRAINT TRIGGER "Barcode_catalog_revision" AFTER INSERT OR UPDATE OR DELETE ON "Barcode"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION o2o_bump_catalog_revision();
CREATE CONSTRAINT TRIGGER "PriceOverride_catalog_revision" AFTER INSERT OR UPDATE OR DELETE ON "PriceOverride"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION o2o_bump_catalog_revision();
CREATE CONSTRAINT TRIGGER "TierPrice_catalog_revision" AFTER INSERT OR UPDATE OR DELETE ON "TierPrice"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION o2o_bump_catalog_revision();
