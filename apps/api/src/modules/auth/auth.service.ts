import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import {
  type Login,
  LOGIN_WINDOW_MINUTES,
  loginWaitSeconds,
  type OwnSession,
  type PasswordChange,
  type SessionUser,
} from '@bcdnq/domain/users';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';
import type { Actor, CallContext } from '../../common/request-context.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import { LoginAttemptEntity } from './login-attempt.entity.js';
import { DUMMY_HASH, hashPassword, verifyPassword } from './password.js';
import { SessionEntity } from './session.entity.js';

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
  async login(
    input: Login,
    ip: string,
    userAgent: string | null,
  ): Promise<{ token: string; user: SessionUser; maxAgeMs: number }> {
    const username = input.username.trim().toLowerCase();
    const attemptId = await this.reserveAttempt(username, ip);
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username', { username })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, input.password);
    const succeeded = !!user && user.active && valid;
    if (succeeded)
      await this.dataSource.getRepository(LoginAttemptEntity).update({ id: attemptId }, { succeeded: true });
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
    const maxAgeMs = Math.min(this.env.SESSION_TTL_HOURS, this.env.SESSION_MAX_HOURS) * 3_600_000;
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

  /**
   * Reserves the attempt before the password is verified: under a lock per account and per address, the recent
   * failures are counted and the attempt is recorded as failed (until it succeeds) in one transaction, so parallel
   * requests cannot all pass the count before any of them is recorded. Returns the attempt's id.
   */
  private async reserveAttempt(username: string, ip: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      // Always the account's lock first, then the address's: two logins never wait on each other in a cycle.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:account:${username}`]);
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:ip:${ip}`]);
      const wait = loginWaitSeconds(await this.loginHistory(manager, username, ip));
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60);
        throw new DomainError(
          'RATE_LIMITED',
          wait < 60
            ? `Đăng nhập sai nhiều lần. Vui lòng chờ ${wait} giây rồi thử lại.`
            : `Đăng nhập sai nhiều lần. Vui lòng chờ khoảng ${minutes} phút rồi thử lại.`,
          `Too many failed logins. Wait ${wait} seconds and try again.`,
          { retryAfterSeconds: wait },
        );
      }
      const inserted = await manager
        .getRepository(LoginAttemptEntity)
        .insert({ username, ip, succeeded: false });
      return String((inserted.identifiers[0] as { id: string }).id);
    });
  }

  private async loginHistory(manager: EntityManager, username: string, ip: string) {
    const [row] = (await manager.query(
      `SELECT count(*) FILTER (WHERE username = $1 AND ip = $2)::int AS pair_failures,
              extract(epoch FROM now() - max(at) FILTER (WHERE username = $1 AND ip = $2))::float AS since_pair,
              count(*) FILTER (WHERE username = $1)::int AS account_failures,
              extract(epoch FROM now() - max(at) FILTER (WHERE username = $1))::float AS since_account,
              count(*) FILTER (WHERE ip = $2)::int AS ip_failures
         FROM login_attempts
        WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (username = $1 OR ip = $2)`,
      [username, ip, LOGIN_WINDOW_MINUTES],
    )) as {
      pair_failures: number;
      since_pair: number | null;
      account_failures: number;
      since_account: number | null;
      ip_failures: number;
    }[];
    return {
      pairFailures: row?.pair_failures ?? 0,
      secondsSincePairFailure: row?.since_pair ?? null,
      accountFailures: row?.account_failures ?? 0,
      secondsSinceAccountFailure: row?.since_account ?? null,
      ipFailures: row?.ip_failures ?? 0,
    };
  }

  /** The actor behind a session token, or null when it is unknown, expired, revoked or its user is disabled. */
  async resolveSession(token: string): Promise<Actor | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.csrf_token, s.last_seen_at, u.id AS user_id, u.username, u.full_name, u.role,
              u.agency_id, a.name AS agency_name
         FROM sessions s
         JOIN users u ON u.id = s.user_id
    LEFT JOIN agencies a ON a.id = u.agency_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
          AND s.created_at > now() - make_interval(hours => $2)`,
      [this.tokenHash(token), this.env.SESSION_MAX_HOURS],
    );
    const row = rows[0];
    if (!row) return null;
    if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query(
        `UPDATE sessions
            SET last_seen_at = now(),
                expires_at = LEAST(now() + make_interval(hours => $2), created_at + make_interval(hours => $3))
          WHERE id = $1`,
        [row.session_id, this.env.SESSION_TTL_HOURS, this.env.SESSION_MAX_HOURS],
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
      await this.audit.record(manager, context, {
        action: 'auth.logout',
        entity: 'session',
        entityId: context.actor.sessionId,
      });
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

  /** The caller's own open sessions, newest first, the current one marked. */
  async ownSessions(context: CallContext): Promise<OwnSession[]> {
    const rows = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('s')
      .where('s.userId = :userId AND s.revokedAt IS NULL AND s.expiresAt > now()', {
        userId: context.actor.id,
      })
      .andWhere('s.createdAt > now() - make_interval(hours => :max)', { max: this.env.SESSION_MAX_HOURS })
      .orderBy('s.lastSeenAt', 'DESC')
      .limit(100)
      .getMany();
    return rows.map((s) => ({
      id: s.id,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      expiresAt: s.expiresAt.toISOString(),
      // An IPv4 client seen through an IPv6 socket reads as the IPv4 address people know.
      ip: s.ip?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '') ?? null,
      userAgent: s.userAgent,
      current: s.id === context.actor.sessionId,
    }));
  }

  /** Ends every session of the caller, this one included ("log out of all my sessions"). */
  async logoutEverywhere(context: CallContext): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const revoked = await this.revokeSessions(manager, context.actor.id, null);
      await this.audit.record(manager, context, {
        action: 'auth.logoutEverywhere',
        entity: 'user',
        entityId: context.actor.id,
        after: { revoked },
      });
      return revoked;
    });
  }

  /** Changes the caller's own password after checking the current one; every other session of theirs ends. */
  async changePassword(input: PasswordChange, context: CallContext): Promise<number> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: context.actor.id })
      .getOne();
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new DomainError('VALIDATION', 'Mật khẩu hiện tại không đúng', 'The current password is wrong', {
        field: 'currentPassword',
      });
    }
    const passwordHash = await hashPassword(input.newPassword);
    return this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash, version: () => 'version + 1' });
      const revoked = await this.revokeSessions(manager, user.id, context.actor.sessionId);
      await this.audit.record(manager, context, {
        action: 'auth.changePassword',
        entity: 'user',
        entityId: user.id,
        after: { revokedOtherSessions: revoked },
      });
      return revoked;
    });
  }

  private async revokeSessions(
    manager: EntityManager,
    userId: string,
    except: string | null,
  ): Promise<number> {
    const query = manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (except) query.andWhere('id <> :except', { except });
    return (await query.execute()).affected ?? 0;
  }
}
