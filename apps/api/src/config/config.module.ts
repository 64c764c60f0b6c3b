import { Global, Module } from '@nestjs/common';
import type { Env } from './env.js';

export const ENV = Symbol('ENV');

/** Runtime facts decided at boot that services need (not configuration the user sets). */
export type Runtime = { embeddedDatabase: boolean };
export const RUNTIME = Symbol('RUNTIME');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: Env, runtime: Runtime) {
    return {
      module: ConfigModule,
      providers: [
        { provide: ENV, useValue: env },
        { provide: RUNTIME, useValue: runtime },
      ],
      exports: [ENV, RUNTIME],
    };
  }
}
