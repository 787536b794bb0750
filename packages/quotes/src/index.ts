// The public API of @copydesk/quotes is being written; see the package issue.
export {}
