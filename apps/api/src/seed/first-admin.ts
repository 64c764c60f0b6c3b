import { buffer } from 'node:stream/consumers';
import { ZUserCreate } from '@bcdnq/domain/users';
import type { DataSource } from 'typeorm';
import { AuditService } from '../modules/audit/audit.service.js';
import { UsersService } from '../modules/users/users.service.js';

/**
 * Creates an administrator from the command line: how a production installation (no demo accounts) gets its
 * first user. The password comes on standard input, never as an argument (process lists and shell history).
 */
export async function createAdministrator(
  dataSource: DataSource,
  input: { username: string | undefined; fullName: string; password: string },
): Promise<string> {
  const parsed = ZUserCreate.safeParse({
    username: input.username,
    fullName: input.fullName || input.username,
    role: 'admin',
    password: input.password.replace(/\r?\n$/, ''),
  });
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '),
    );
  }
  const user = await new UsersService(dataSource, new AuditService()).create(parsed.data, null);
  return user.username;
}

/** Everything on standard input (the password, piped). */
export async function readStdin(stream: NodeJS.ReadableStream): Promise<string> {
  return (await buffer(stream)).toString('utf8');
}
