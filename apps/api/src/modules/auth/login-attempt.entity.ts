import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Failed and successful logins, for rate limits that hold across API instances. */
@Entity('login_attempts')
@Index(['username', 'at'])
@Index(['ip', 'at'])
export class LoginAttemptEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  username: string;

  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'boolean' })
  succeeded: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
