// The public API of @copydesk/dating is being written; see the package issue.
export {}
