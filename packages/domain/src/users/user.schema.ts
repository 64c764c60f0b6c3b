import { z } from 'zod';
import { ZIdList, ZListQueryOf } from '../common/primitives.js';
import { ROLES, roleNeedsAgency } from './roles.js';

export const ZRole = z.enum(ROLES);

export const ZUsername = z
  .string()
  .trim()
  .min(3, 'Tên đăng nhập cần ít nhất 3 ký tự')
  .max(64, 'Tên đăng nhập tối đa 64 ký tự')
  .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập chỉ gồm chữ thường không dấu, số, dấu chấm, gạch');

export const ZPassword = z.string().min(8, 'Mật khẩu cần ít nhất 8 ký tự').max(200, 'Mật khẩu quá dài');

export const ZUser = z.object({
  id: z.uuid(),
  username: ZUsername,
  fullName: z.string().min(1).max(200),
  email: z.email().nullable(),
  role: ZRole,
  agencyId: z.uuid().nullable(),
  active: z.boolean(),
  lastLoginAt: z.iso.datetime({ offset: true }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type User = z.infer<typeof ZUser>;

const agencyBinding = <T extends { role?: string | undefined; agencyId?: string | null | undefined }>(v: T) =>
  v.role === undefined || !roleNeedsAgency(v.role as z.infer<typeof ZRole>) || !!v.agencyId;
const agencyBindingError = { message: 'Cán bộ đầu mối phải thuộc một đơn vị', path: ['agencyId'] };

export const ZUserCreate = z
  .object({
    username: ZUsername,
    fullName: z.string().trim().min(1, 'Nhập họ và tên').max(200),
    email: z.email('Email không hợp lệ').nullable().optional(),
    role: ZRole,
    agencyId: z.uuid().nullable().optional(),
    password: ZPassword,
    active: z.boolean().default(true),
  })
  .refine(agencyBinding, agencyBindingError);
export type UserCreate = z.infer<typeof ZUserCreate>;

export const ZUserUpdate = z
  .object({
    fullName: z.string().trim().min(1, 'Nhập họ và tên').max(200).optional(),
    email: z.email('Email không hợp lệ').nullable().optional(),
    role: ZRole.optional(),
    agencyId: z.uuid().nullable().optional(),
    password: ZPassword.optional(),
    active: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .refine(agencyBinding, agencyBindingError);
export type UserUpdate = z.infer<typeof ZUserUpdate>;

export const ZLogin = z.object({
  username: z.string().trim().min(1, 'Nhập tên đăng nhập').max(64),
  password: z.string().min(1, 'Nhập mật khẩu').max(200),
});
export type Login = z.infer<typeof ZLogin>;

/** Who is signed in, as the admin panel sees it. */
export const ZSessionUser = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  role: ZRole,
  agencyId: z.uuid().nullable(),
  agencyName: z.string().nullable(),
  csrfToken: z.string(),
});
export type SessionUser = z.infer<typeof ZSessionUser>;

/** One of the caller's own open sessions (`GET /api/auth/sessions`). */
export const ZOwnSession = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean(),
});
export type OwnSession = z.infer<typeof ZOwnSession>;

/** A user changing their own password; every other session of theirs is ended. */
export const ZPasswordChange = z
  .object({
    currentPassword: z.string().min(1, 'Nhập mật khẩu hiện tại').max(200),
    newPassword: ZPassword,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  });
export type PasswordChange = z.infer<typeof ZPasswordChange>;

/** How many sessions were ended. */
export const ZRevoked = z.object({ revoked: z.number().int().min(0) });
export type Revoked = z.infer<typeof ZRevoked>;

/** Columns a user list may be sorted by. */
export const USER_SORT_KEYS = ['id', 'username', 'fullName', 'role', 'lastLoginAt', 'createdAt'] as const;

/** `GET /api/users`: the list query with its filters. */
export const ZUserListQuery = ZListQueryOf(USER_SORT_KEYS).extend({
  id: ZIdList,
  role: ZRole.optional(),
  agencyId: z.uuid().optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type UserListQuery = z.infer<typeof ZUserListQuery>;
