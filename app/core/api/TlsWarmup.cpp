#include "api/TlsWarmup.h"

#include <QSslSocket>

#include <chrono>

namespace whop::api {

TlsWarmup::~TlsWarmup()
{
    if (m_loaded.valid())
        m_loaded.wait();
}

void TlsWarmup::start()
{
    // Qt guards the loading with its own locks: whoever needs the backend first waits for it.
    if (!m_loaded.valid())
        m_loaded = std::async(std::launch::async, [] { QSslSocket::supportsSsl(); });
}

bool TlsWarmup::isDone() const
{
    return m_loaded.valid() &&
           m_loaded.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

} // namespace whop::api
