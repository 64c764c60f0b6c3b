import { z } from 'zod';

/** An issued document made public on the portal, with the metadata a legal database shows. */
export const ZPublishedDocument = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  number: z.string().max(60),
  title: z.string().max(1000),
  documentType: z.string().max(100),
  issuer: z.string().max(300),
  signer: z.string().max(200).nullable(),
  issuedOn: z.iso.date(),
  effectiveOn: z.iso.date().nullable(),
  field: z.string().max(200).nullable(),
  publishedAt: z.iso.datetime({ offset: true }),
});
export type PublishedDocument = z.infer<typeof ZPublishedDocument>;
