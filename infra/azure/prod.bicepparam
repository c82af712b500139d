using 'main.bicep'

// Production: three silos at least (one may restart while two serve), zone-redundant storage, 30 days of blob history.
// Replace the placeholder ids with the app registration's and the provinces' Entra tenants (README.md, step 2).
param environmentName = 'prod'
param image = 'chuyenhoaprod.azurecr.io/chuyenhoa:1.0.0'
param registryServer = 'chuyenhoaprod.azurecr.io'
param registryName = 'chuyenhoaprod'
param minReplicas = 3
param maxReplicas = 6
param storageSku = 'Standard_ZRS'
param blobRetentionDays = 30
param logRetentionDays = 90
param entraTenantId = 'organizations'
param entraClientId = '00000000-0000-0000-0000-000000000000'
param tenants = [
  {
    ProvinceCode: '14'
    TenantIds: [
      '00000000-0000-0000-0000-000000000014'
    ]
  }
  {
    ProvinceCode: '12'
    TenantIds: [
      '00000000-0000-0000-0000-000000000012'
    ]
  }
]
