type Database = { query(sql: string): Promise<unknown> };

/**
 * When public content last changed, the same for every API instance (a database sequence): the portals ask for it
 * to drop their cached answers the moment something is published or withdrawn. Call it once the change has
 * committed, so that a portal seeing the new stamp also reads the new content.
 */
export async function touchPublicContent(database: Database): Promise<void> {
  // The change itself is saved: should the stamp fail to move, the portals still refresh within their fresh
  // window (CACHE_FRESH_SECONDS), so the caller's answer stays a success.
  await database.query(`SELECT nextval('public_content_stamp')`).catch(() => undefined);
}

/** The current stamp (0 until public content first changes). */
export async function publicContentStamp(database: Database): Promise<number> {
  const rows = (await database.query(
    `SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS stamp FROM public_content_stamp`,
  )) as { stamp: string | number }[];
  return Number(rows[0]?.stamp ?? 0);
}
