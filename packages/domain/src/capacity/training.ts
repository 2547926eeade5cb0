/**
 * Training sessions (tập huấn, bồi dưỡng) and attendance of mediators — mediators' right to be trained and given
 * materials (Law 35/2013 Art. 9.4); plan tasks 2.1 and 3b; spending under Circular 56/2023/TT-BTC Art. 3.2.
 */
import { z } from 'zod';
import { isoDateSchema } from '../budget/input.ts';

const idSchema = z.string().trim().min(1).max(64);

/** Kinds of learning event, for learning hours by kind. */
export const trainingKindSchema = z.enum(['training', 'refresher', 'experience_exchange', 'conference', 'self_study']);
export type TrainingKind = z.infer<typeof trainingKindSchema>;

/** Vietnamese and English names of each kind. */
export const trainingKindLabels: Record<TrainingKind, { vi: string; en: string }> = {
  training: { vi: 'Tập huấn', en: 'Training course' },
  refresher: { vi: 'Bồi dưỡng kiến thức, kỹ năng', en: 'Refresher course' },
  experience_exchange: { vi: 'Trao đổi kinh nghiệm', en: 'Experience exchange' },
  conference: { vi: 'Hội nghị, diễn đàn đối thoại', en: 'Conference or dialogue forum' },
  self_study: { vi: 'Tự học theo bộ tài liệu', en: 'Self-study with the material set' },
};

/** A learning event — Law 35/2013 Art. 9.4. `hours` is its length for one participant who stays throughout. */
export const trainingSessionSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(3).max(300),
    heldOn: isoDateSchema,
    hours: z.number().positive().max(200),
    kind: trainingKindSchema,
    /** Who organised it: the ministry, the province (Sở Tư pháp), the commune, or another body (court, police…). */
    organiserLevel: z.enum(['central', 'province', 'commune', 'other']),
    topics: z.array(z.string().trim().min(2).max(200)).default([]),
    /** True when the ministry's training material set was used (Decision 315 target on access to it). */
    usesMaterialSet: z.boolean().default(false),
  })
  .strict();
export type TrainingSession = z.input<typeof trainingSessionSchema>;

/** A mediator's presence at a session; `hoursAttended` null = the whole session. */
export const attendanceSchema = z
  .object({
    sessionId: idSchema,
    mediatorId: idSchema,
    hoursAttended: z.number().positive().max(200).nullable().default(null),
  })
  .strict();
export type Attendance = z.input<typeof attendanceSchema>;
