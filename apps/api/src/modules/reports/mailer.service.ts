import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { ENV } from '../../config/config.module.js';
import type { Env } from '../../config/env.js';

export type Mail = { to: string; subject: string; text: string };

/** E-mail through the SMTP server of the configuration (nodemailer); without one, `configured` is false. */
@Injectable()
export class MailerService {
  private readonly logger = new Logger(MailerService.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(ENV) private readonly env: Env) {
    this.transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL, { from: env.MAIL_FROM }) : null;
  }

  get configured(): boolean {
    return this.transport !== null;
  }

  /** Sends one message; throws what the server answered when it refuses. */
  async send(mail: Mail): Promise<void> {
    if (!this.transport) throw new Error('no SMTP server configured');
    const info = (await this.transport.sendMail({ from: this.env.MAIL_FROM, ...mail })) as {
      messageId?: string;
    };
    this.logger.log({ to: mail.to, messageId: info.messageId }, 'mail sent');
  }
}
