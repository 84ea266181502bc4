// Argument schemas of the badge calls (src/shared/api.ts): what staff may save, checked where it arrives.
import { z } from 'zod';
import { BADGE_PRESET_IDS } from './presets';

/** A logo small enough to keep every badge quick to render and the store small. */
export const MAX_LOGO_DATA_URL = 400_000;

export const badgeDesignSchema = z
  .object({
    preset: z.enum(BADGE_PRESET_IDS),
    colourBand: z.boolean(),
    departmentColours: z
      .record(z.string().max(200), z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour like #1f5fa8'))
      .refine((colours) => Object.keys(colours).length <= 200, 'at most 200 departments'),
    logo: z
      .object({
        dataUrl: z
          .string()
          .max(MAX_LOGO_DATA_URL, 'the logo is too large: use a PNG or JPEG under 300 kB')
          .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, 'the logo must be a PNG or JPEG image'),
        width: z.number().int().min(1).max(10_000),
        height: z.number().int().min(1).max(10_000),
      })
      .strict()
      .nullable(),
  })
  .strict();

export const printerSettingsSchema = z
  .object({
    printer: z
      .string()
      .trim()
      .min(1, 'name the printer')
      .max(127)
      .regex(/^[^\p{Cc}]+$/u, 'no control characters'),
    printOnCheckIn: z.boolean(),
  })
  .strict();
