import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@bcdnq/domain/common';
import type { User, UserCreate, UserListQuery, UserUpdate } from '@bcdnq/domain/users';
import { iso, type Page, pageOf, sortColumns, vietnameseOrder, searchTextOf } from '../../common/list.js';
import { assertFresh, isUniqueViolation } from '../../common/optimistic.js';
import type { CallContext } from '../../common/request-context.js';
import { AgencyEntity } from '../agencies/agency.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { hashPassword } from '../auth/password.js';
import { UserEntity } from './user.entity.js';
import { USER_SORT_KEYS } from '@bcdnq/domain/users';

const USER_SORT = sortColumns<(typeof USER_SORT_KEYS)[number]>({
  id: 'u.id',
  username: 'u.username',
  fullName: vietnameseOrder('u.fullName'),
  role: 'u.role',
  lastLoginAt: 'u.lastLoginAt',
  createdAt: 'u.createdAt',
});

export function toUser(entity: UserEntity): User {
  return {
    id: entity.id,
    username: entity.username,
    fullName: entity.fullName,
    email: entity.email,
    role: entity.role,
    agencyId: entity.agencyId,
    active: entity.active,
    lastLoginAt: iso(entity.lastLoginAt),
    createdAt: entity.createdAt.toISOString(),
    version: entity.version,
  };
}

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy người dùng', 'User not found');

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: UserListQuery): Promise<Page<User>> {
    const qb = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.id) qb.andWhere('u.id IN (:...ids)', { ids: query.id });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.agencyId) qb.andWhere('u.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    const { rows, total } = await pageOf(qb, query, USER_SORT, ['u.username', 'ASC']);
    return { data: rows.map(toUser), total };
  }

  async get(id: string): Promise<User> {
    const entity = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!entity) throw notFound();
    return toUser(entity);
  }

  private async assertAgency(manager: EntityManager, agencyId: string | null | undefined): Promise<void> {
    if (agencyId && !(await manager.existsBy(AgencyEntity, { id: agencyId }))) {
      throw new DomainError('VALIDATION', 'Đơn vị không tồn tại', 'Unknown agency', { field: 'agencyId' });
    }
  }

  async create(input: UserCreate, context: CallContext | null, manager?: EntityManager): Promise<User> {
    const run = async (tx: EntityManager) => {
      await this.assertAgency(tx, input.agencyId);
      const entity = tx.create(UserEntity, {
        username: input.username,
        fullName: input.fullName,
        email: input.email ?? null,
        role: input.role,
        agencyId: input.agencyId ?? null,
        active: input.active,
        passwordHash: await hashPassword(input.password),
        searchText: searchTextOf(input.username, input.fullName, input.email),
      });
      const saved = await tx.save(entity);
      await this.audit.record(tx, context, {
        action: 'user.create',
        entity: 'user',
        entityId: saved.id,
        after: toUser(saved),
      });
      return toUser(saved);
    };
    try {
      return manager ? await run(manager) : await this.dataSource.transaction(run);
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(
          'DUPLICATE',
          `Tên đăng nhập "${input.username}" đã được dùng`,
          'Username already taken',
          {
            field: 'username',
          },
        );
      }
      throw error;
    }
  }

  async update(id: string, input: UserUpdate, context: CallContext): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.findOne(UserEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!entity) throw notFound();
      const before = toUser(entity);
      const { password, version: _version, ...changes } = input;
      assertFresh(before, { ...changes, version: input.version }, 'Người dùng');
      if (
        id === context.actor.id &&
        (changes.active === false || (changes.role && changes.role !== entity.role))
      ) {
        throw new DomainError(
          'FORBIDDEN',
          'Không thể tự khóa hoặc tự đổi vai trò của mình',
          'You cannot disable or demote yourself',
        );
      }
      const role = changes.role ?? entity.role;
      const agencyId = changes.agencyId === undefined ? entity.agencyId : changes.agencyId;
      if (role === 'agency_officer' && !agencyId) {
        throw new DomainError(
          'VALIDATION',
          'Cán bộ đầu mối phải thuộc một đơn vị',
          'An agency officer needs an agency',
          { field: 'agencyId' },
        );
      }
      await this.assertAgency(manager, agencyId);
      Object.assign(entity, changes);
      if (password) entity.passwordHash = await hashPassword(password);
      entity.searchText = searchTextOf(entity.username, entity.fullName, entity.email);
      const saved = await manager.save(entity);
      // Disabling an account or changing a password ends its sessions.
      if (changes.active === false || password) {
        await manager.query(
          'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
          [id],
        );
      }
      await this.audit.record(manager, context, {
        action: 'user.update',
        entity: 'user',
        entityId: id,
        before,
        after: { ...toUser(saved), ...(password ? { passwordChanged: true } : {}) },
      });
      return toUser(saved);
    });
  }
}
