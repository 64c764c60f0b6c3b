import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { z } from 'zod';
import {
  type Login,
  type OwnSession,
  type PasswordChange,
  type Revoked,
  type SessionUser,
  ZLogin,
  ZOwnSession,
  ZPasswordChange,
  ZRevoked,
  ZSessionUser,
} from '@bcdnq/domain/users';
import { Contract, Public } from '../../common/contract.js';
import { type AppRequest, type CallContext, Ctx } from '../../common/request-context.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE } from './session.guard.js';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @Contract({ summary: 'Đăng nhập / Log in', tag: 'auth', body: ZLogin, response: ZSessionUser, status: 200 })
  async login(
    @Body() body: Login,
    @Req() request: AppRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionUser> {
    const { token, user, maxAgeMs } = await this.auth.login(
      body,
      request.ip ?? 'unknown',
      request.header('user-agent') ?? null,
    );
    response.cookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure,
      path: '/',
      maxAge: maxAgeMs,
    });
    return user;
  }

  @Get('me')
  @Contract({ summary: 'Người đang đăng nhập / Who is signed in', tag: 'auth', response: ZSessionUser })
  me(@Ctx() context: CallContext): SessionUser {
    const { sessionId: _sessionId, ...user } = context.actor;
    return user;
  }

  @Post('logout')
  @Contract({ summary: 'Đăng xuất / Log out', tag: 'auth', status: 204 })
  async logout(@Ctx() context: CallContext, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(context);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('sessions')
  @Contract({
    summary: 'Các phiên đăng nhập của tôi / My open sessions',
    tag: 'auth',
    response: z.array(ZOwnSession),
  })
  sessions(@Ctx() context: CallContext): Promise<OwnSession[]> {
    return this.auth.ownSessions(context);
  }

  @Post('logout-everywhere')
  @Contract({
    summary: 'Đăng xuất khỏi mọi phiên / Log out of all my sessions',
    tag: 'auth',
    response: ZRevoked,
    status: 200,
  })
  async logoutEverywhere(
    @Ctx() context: CallContext,
    @Res({ passthrough: true }) response: Response,
  ): Promise<Revoked> {
    const revoked = await this.auth.logoutEverywhere(context);
    response.clearCookie(SESSION_COOKIE, { path: '/' });
    return { revoked };
  }

  @Post('password')
  @Contract({
    summary: 'Đổi mật khẩu của tôi / Change my password',
    tag: 'auth',
    body: ZPasswordChange,
    response: ZRevoked,
    status: 200,
  })
  async changePassword(@Body() body: PasswordChange, @Ctx() context: CallContext): Promise<Revoked> {
    return { revoked: await this.auth.changePassword(body, context) };
  }
}
