//go:build unix

package main

import "syscall"

// diskFree is the space free for an unprivileged user on the file system
// of dir, in bytes; ok is false when it cannot be told.
func diskFree(dir string) (free uint64, ok bool) {
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		return 0, false
	}
	return st.Bavail * uint64(st.Bsize), true
}
