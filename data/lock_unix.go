//go:build unix

package data

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes the lock bbolt takes on the database file at path (an
// exclusive flock), without opening the database: a file too damaged to
// open can still be replaced. It returns ErrLocked when a server holds it.
func lockFile(path string) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if errors.Is(err, os.ErrNotExist) {
		return func() {}, nil
	}
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, ErrLocked
		}
		return nil, err
	}
	return func() { f.Close() }, nil
}
