/**
 * True for a unique-constraint violation from any path: Prisma over node-postgres (P2002), Prisma over PGlite (a bare
 * DriverAdapterError whose cause is SQLSTATE 23505), or raw SQL on either driver (code 23505).
 */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; cause?: { code?: string; kind?: string } } | null;
  return (
    e?.code === "P2002" ||
    e?.code === "23505" ||
    e?.meta?.code === "23505" ||
    e?.cause?.code === "23505" ||
    e?.cause?.kind === "UniqueConstraintViolation"
  );
}
