import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThan } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import type { Login, SessionUser } from '@bcdnq/domain/users';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { SessionEntity } from './session.entity.js';

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;
// Sliding expiry: last_seen_at is refreshed at most this often, not on every request.
const TOUCH_EVERY_MS = 60_000;

type SessionRow = {
  session_id: string;
  csrf_token: string;
  last_seen_at: Date;
  user_id: string;
  username: string;
  full_name: string;
  role: SessionUser['role'];
  agency_id: string | null;
  agency_name: string | null;
};

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ENV) private readonly env: Env,
    private readonly audit: AuditService,
  ) {}

  private tokenHash(token: string): string {
    return createHmac('sha256', this.env.SESSION_SECRET).update(token).digest('hex');
  }

  /** Checks the password (rate-limited per account and per IP) and opens a session. */
  async login(input: Login, ip: string, userAgent: string | null): Promise<{ token: string; user: SessionUser; maxAgeMs: number }> {
    const username = input.username.trim().toLowerCase();
    await this.assertNotThrottled(username, ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
    const succeeded = !!user && user.active && valid;
    await this.dataSource.getRepository(LoginAttemptEntity).insert({ username, ip, succeeded });
    if (!user || !succeeded) {
      const inactive = !!user && valid && !user.active;
      throw new DomainError(
        'UNAUTHENTICATED',
        inactive ? 'Tài khoản đã bị khóa, liên hệ quản trị viên' : 'Tên đăng nhập hoặc mật khẩu không đúng',
        inactive ? 'The account is disabled' : 'Wrong username or password',
      );
    }
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(24).toString('base64url');
    const maxAgeMs = this.env.SESSION_TTL_HOURS * 3_600_000;
    const now = new Date();
    await this.dataSource.transaction(async (manager) => {
      const session = await manager.save(SessionEntity, {
        tokenHash: this.tokenHash(token),
        userId: user.id,
        csrfToken,
        expiresAt: new Date(now.getTime() + maxAgeMs),
        lastSeenAt: now,
        ip,
        userAgent: userAgent?.slice(0, 300) ?? null,
      });
      await manager.update(UserEntity, { id: user.id }, { lastLoginAt: now, version: () => 'version' });
      await this.audit.record(
        manager,
        { actor: { id: user.id, username: user.username } as Actor, ip, correlationId: null },
        { action: 'auth.login', entity: 'session', entityId: session.id },
      );
    });
    const actor = await this.resolveSession(token);
    if (!actor) throw new Error('session vanished right after login');
    const { sessionId: _sessionId, ...sessionUser } = actor;
    return { token, user: sessionUser, maxAgeMs };
  }

  private async assertNotThrottled(username: string, ip: string): Promise<void> {
    const since = new Date(Date.now() - LOGIN_WINDOW_MINUTES * 60_000);
    const attempts = this.dataSource.getRepository(LoginAttemptEntity);
    const [byAccount, byIp] = await Promise.all([
      attempts.count({ where: { username, succeeded: false, at: MoreThan(since) } }),
      attempts.count({ where: { ip, succeeded: false, at: MoreThan(since) } }),
    ]);
    if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) {
      throw new DomainError(
        'RATE_LIMITED',
        `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${LOGIN_WINDOW_MINUTES} phút.`,
        `Too many failed logins. Try again in ${LOGIN_WINDOW_MINUTES} minutes.`,
      );
    }
  }

  /** The actor behind a session token, or null when it is unknown, expired, revoked or its user is disabled. */
  async resolveSession(token: string): Promise<Actor | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, u.id AS user_id, u.username, u.full_name, u.role,
              u.agency_id, a.name AS agency_name
         FROM sessions s
         JOIN users u ON u.id = s.user_id
    LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [this.tokenHash(token)],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query(
        `UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(hours => $2) WHERE id = $1`,
        [row.session_id, this.env.SESSION_TTL_HOURS],
      );
    }
    return {
      sessionId: row.session_id,
      id: row.user_id,
      username: row.username,
      fullName: row.full_name,
      role: row.role,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
      csrfToken: row.csrf_token,
    };
  }

  /** Ends the caller's session. */
  async logout(context: CallContext): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.update(SessionEntity, { id: context.actor.sessionId }, { revokedAt: new Date() });
      await this.audit.record(manager, context, { action: 'auth.logout', entity: 'session', entityId: context.actor.sessionId });
    });
  }

  /** Revokes every open session of a user (the admin's "sign out everywhere"). Returns how many. */
  async revokeUserSessions(userId: string, context: CallContext): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(SessionEntity)
        .set({ revokedAt: () => 'now()' })
        .where('user_id = :userId AND revoked_at IS NULL', { userId })
        .execute();
      await this.audit.record(manager, context, {
        action: 'user.revokeSessions',
        entity: 'user',
        entityId: userId,
        after: { revoked: result.affected ?? 0 },
      });
      return result.affected ?? 0;
    });
  }
}
