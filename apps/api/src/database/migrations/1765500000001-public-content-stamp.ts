import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When public content last changed, kept in the database so that every API instance answers the same stamp: the
 * portals poll it through the proxy, a different instance each time. A sequence: moving it takes no row lock and
 * is seen by every session at once.
 */
export class PublicContentStamp1765500000001 implements MigrationInterface {
  name = 'PublicContentStamp1765500000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SEQUENCE "public_content_stamp"`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP SEQUENCE "public_content_stamp"`);
  }
}
