// Links that are handed to someone else (shown once, copied into an e-mail or a chat).

/** The link that makes its holder a member of a workspace. */
export const invitationLink = (token: string) => `${window.location.origin}/invite/${token}`;
