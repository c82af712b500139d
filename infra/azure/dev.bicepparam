using 'main.bicep'

// A test environment: one silo may be enough, locally redundant storage, a week of blob history.
param environmentName = 'dev'
param image = 'chuyenhoadev.azurecr.io/chuyenhoa:latest'
param registryServer = 'chuyenhoadev.azurecr.io'
param registryName = 'chuyenhoadev'
param minReplicas = 1
param maxReplicas = 2
param storageSku = 'Standard_LRS'
param blobRetentionDays = 7
param logRetentionDays = 30
param entraTenantId = '00000000-0000-0000-0000-000000000000'
param entraClientId = '00000000-0000-0000-0000-000000000000'
param tenants = [
  {
    ProvinceCode: '14'
    TenantIds: [
      '00000000-0000-0000-0000-000000000000'
    ]
  }
]
