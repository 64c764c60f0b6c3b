import { Module } from '@nestjs/common';
import { HealthController, ShutdownState } from './health.controller.js';

@Module({ controllers: [HealthController], providers: [ShutdownState] })
export class HealthModule {}
