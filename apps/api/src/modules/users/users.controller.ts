import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ZPage } from '@bcdnq/domain/common';
import {
  type User,
  type UserCreate,
  type UserListQuery,
  type UserUpdate,
  ZUser,
  ZUserCreate,
  ZUserListQuery,
  ZUserUpdate,
  ZRevoked,
} from '@bcdnq/domain/users';
import { Contract, Roles } from '../../common/contract.js';
import type { Page } from '../../common/list.js';
import { type CallContext, Ctx } from '../../common/request-context.js';
import { AuthService } from '../auth/auth.service.js';
import { UsersService } from './users.service.js';

@Controller('users')
@Roles('admin')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @Contract({ summary: 'Người dùng / Users', tag: 'users', query: ZUserListQuery, response: ZPage(ZUser) })
  list(@Query() query: UserListQuery): Promise<Page<User>> {
    return this.users.list(query);
  }

  @Get(':id')
  @Contract({ summary: 'Một người dùng / One user', tag: 'users', response: ZUser })
  get(@Param('id', ParseUUIDPipe) id: string): Promise<User> {
    return this.users.get(id);
  }

  @Post()
  @Contract({
    summary: 'Tạo người dùng / Create a user',
    tag: 'users',
    body: ZUserCreate,
    response: ZUser,
    status: 201,
  })
  create(@Body() body: UserCreate, @Ctx() context: CallContext): Promise<User> {
    return this.users.create(body, context);
  }

  @Put(':id')
  @Contract({ summary: 'Sửa người dùng / Update a user', tag: 'users', body: ZUserUpdate, response: ZUser })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UserUpdate,
    @Ctx() context: CallContext,
  ): Promise<User> {
    return this.users.update(id, body, context);
  }

  @Post(':id/revoke-sessions')
  @Contract({
    summary: 'Đăng xuất người dùng khỏi mọi phiên / Revoke all sessions of a user',
    tag: 'users',
    response: ZRevoked,
    status: 200,
  })
  async revokeSessions(
    @Param('id', ParseUUIDPipe) id: string,
    @Ctx() context: CallContext,
  ): Promise<{ revoked: number }> {
    await this.users.get(id);
    return { revoked: await this.auth.revokeUserSessions(id, context) };
  }
}
