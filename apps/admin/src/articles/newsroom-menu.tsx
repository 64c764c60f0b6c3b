import FactCheckIcon from '@mui/icons-material/FactCheck';
import PhotoLibraryIcon from '@mui/icons-material/PhotoLibrary';
import UndoIcon from '@mui/icons-material/Undo';
import { Menu, useCanAccess } from 'react-admin';

/** The reviewer's queue, the editor's inbox of returned articles and the media library, for the roles that use them. */
export function NewsroomMenuItems() {
  const queue = useCanAccess({ resource: 'review-queue', action: 'list' });
  const inbox = useCanAccess({ resource: 'my-articles', action: 'list' });
  const media = useCanAccess({ resource: 'media', action: 'list' });
  return (
    <>
      {queue.canAccess && (
        <Menu.Item to="/review-queue" primaryText="app.newsroom.review_queue" leftIcon={<FactCheckIcon />} />
      )}
      {inbox.canAccess && (
        <Menu.Item to="/my-articles" primaryText="app.newsroom.my_inbox" leftIcon={<UndoIcon />} />
      )}
      {media.canAccess && (
        <Menu.Item to="/media" primaryText="app.newsroom.media" leftIcon={<PhotoLibraryIcon />} />
      )}
    </>
  );
}
