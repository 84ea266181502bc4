// What `entre invitations` can write, apart from the writer itself so the CLI's help need not load pdfkit.
export type InvitationFormat = 'pdf' | 'png' | 'svg';
export const INVITATION_FORMATS: InvitationFormat[] = ['pdf', 'png', 'svg'];
export const MAPPING_FILE = 'invitations.csv';
