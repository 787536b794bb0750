// The public API of @copydesk/dedupe is being written; see the package issue.
export {}
